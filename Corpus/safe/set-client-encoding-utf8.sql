-- rules: none
-- pg_dump's client encoding.
SET client_encoding = 'UTF8';
