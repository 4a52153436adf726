-- rules: guard-setting
SET log_statement = 'none';
