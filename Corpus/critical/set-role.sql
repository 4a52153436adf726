-- rules: role-change
SET ROLE postgres;
