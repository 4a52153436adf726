-- rules: drop-object
DROP EXTENSION IF EXISTS pg_trgm CASCADE;
