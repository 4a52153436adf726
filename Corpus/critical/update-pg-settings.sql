-- rules: system-catalog-write, write-statement
UPDATE pg_settings SET setting = 'off' WHERE name = 'row_security';
