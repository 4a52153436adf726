-- rules: foreign-data-change
ALTER FOREIGN DATA WRAPPER postgres_fdw OPTIONS (ADD debug 'true');
