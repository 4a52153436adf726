-- rules: role-change
SET SESSION AUTHORIZATION postgres;
