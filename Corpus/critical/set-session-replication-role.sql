-- rules: guard-setting
SET session_replication_role = replica;
