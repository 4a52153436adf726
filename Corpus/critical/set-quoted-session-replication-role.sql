-- rules: guard-setting
-- session_replication_role in mixed case.
SET "Session_Replication_Role" = replica;
