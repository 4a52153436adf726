-- rules: drop-schema
DROP SCHEMA public CASCADE;
