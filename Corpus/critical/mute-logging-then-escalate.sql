-- rules: guard-setting, role-change
SET log_statement = 'none';
ALTER ROLE agent SUPERUSER;
