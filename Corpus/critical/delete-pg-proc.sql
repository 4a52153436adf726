-- rules: system-catalog-write, write-statement
DELETE FROM pg_catalog.pg_proc WHERE proname = 'audit_row';
