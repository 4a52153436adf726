-- rules: none
-- MySQL's SHOW TABLES parses in PostgreSQL as SHOW of a setting named "tables": a read.
SHOW TABLES;
