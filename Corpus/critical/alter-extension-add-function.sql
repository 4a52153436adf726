-- rules: create-extension
ALTER EXTENSION pg_trgm ADD FUNCTION run_sql(text);
