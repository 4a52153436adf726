-- rules: schema-change
ALTER EVENT TRIGGER log_ddl ENABLE ALWAYS;
