-- rules: guard-setting
RESET log_statement;
