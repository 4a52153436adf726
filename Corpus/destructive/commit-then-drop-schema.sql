-- rules: drop-schema
-- Ending the caller's transaction first does not hide the DROP.
COMMIT; DROP SCHEMA public CASCADE;
