-- rules: guard-setting
ALTER EVENT TRIGGER log_ddl DISABLE;
