-- rules: system-catalog-write, write-statement
UPDATE "pg_catalog"."pg_class" SET relrowsecurity = false WHERE relname = 'invoices';
