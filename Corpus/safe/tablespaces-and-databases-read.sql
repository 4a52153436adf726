-- rules: none
SELECT spcname, pg_tablespace_location(oid) FROM pg_tablespace;
SELECT datname, datallowconn FROM pg_database;
