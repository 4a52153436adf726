-- rules: none
EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id;
