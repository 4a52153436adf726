-- rules: create-extension
CREATE EXTENSION IF NOT EXISTS postgis SCHEMA extensions CASCADE;
