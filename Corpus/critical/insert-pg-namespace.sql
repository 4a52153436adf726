-- rules: system-catalog-write, write-statement
INSERT INTO pg_catalog.pg_namespace (oid, nspname, nspowner) VALUES (99999, 'hidden', 10);
