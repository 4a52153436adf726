-- rules: role-change
ALTER ROLE reporting RENAME TO reporting_old;
