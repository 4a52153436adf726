-- rules: drop-table
SELECT ' $$ '; DROP TABLE t; -- $$';
