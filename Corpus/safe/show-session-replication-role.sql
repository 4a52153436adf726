-- rules: none
SHOW session_replication_role;
