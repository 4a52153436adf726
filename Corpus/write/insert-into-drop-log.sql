-- rules: write-statement
INSERT INTO drop_log (table_name, dropped_at) VALUES ('tmp_import', now());
