-- rules: drop-object
DROP FOREIGN DATA WRAPPER postgres_fdw;
