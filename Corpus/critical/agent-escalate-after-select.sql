-- rules: role-change
-- A prompt-injected tail after an innocent query.
SELECT 1; ALTER ROLE agent SUPERUSER;
