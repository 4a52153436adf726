-- rules: role-change
SET ROLE NONE;
