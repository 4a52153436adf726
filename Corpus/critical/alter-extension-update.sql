-- rules: create-extension
ALTER EXTENSION pg_trgm UPDATE TO '1.6';
