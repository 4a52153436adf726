-- rules: guard-setting
RESET session_replication_role;
