-- rules: none
-- SET NAMES is PostgreSQL's alias for client_encoding.
SET NAMES 'UTF8';
