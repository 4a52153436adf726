-- rules: write-statement
INSERT INTO orders_archive SELECT * FROM orders WHERE created_at < now() - interval '1 year';
