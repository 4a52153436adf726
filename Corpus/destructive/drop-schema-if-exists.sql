-- rules: drop-schema
DROP SCHEMA IF EXISTS staging, scratch;
