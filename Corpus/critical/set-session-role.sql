-- rules: role-change
SET SESSION ROLE admin;
