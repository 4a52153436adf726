-- rules: create-extension, foreign-data-change, schema-change
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
CREATE SERVER warehouse FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'wh.internal', dbname 'wh');
CREATE USER MAPPING FOR app_user SERVER warehouse OPTIONS (user 'reader', password 'secret');
IMPORT FOREIGN SCHEMA public FROM SERVER warehouse INTO staging;
