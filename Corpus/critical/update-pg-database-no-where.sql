-- rules: system-catalog-write, update-without-where
UPDATE pg_database SET datallowconn = true;
