-- rules: delete-without-where, guard-setting
-- Triggers (audit, FK enforcement) are skipped under replica role, then every row goes.
SET LOCAL session_replication_role TO replica;
DELETE FROM audit_log;
