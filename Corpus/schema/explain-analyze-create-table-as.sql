-- rules: explain-analyze, schema-change
EXPLAIN ANALYZE CREATE TABLE big_orders AS SELECT * FROM orders WHERE total > 1000;
