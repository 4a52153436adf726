-- rules: guard-setting
DROP EVENT TRIGGER IF EXISTS log_ddl;
