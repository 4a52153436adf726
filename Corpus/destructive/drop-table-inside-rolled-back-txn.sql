-- rules: drop-table
-- Classified by what it would do; a later ROLLBACK is not trusted to be reached.
BEGIN;
DROP TABLE audit_log;
ROLLBACK;
