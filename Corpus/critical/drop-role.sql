-- rules: role-change
DROP ROLE IF EXISTS auditor;
