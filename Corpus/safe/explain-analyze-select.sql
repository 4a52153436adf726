-- rules: none
-- EXPLAIN ANALYZE of a read runs only a read.
EXPLAIN ANALYZE SELECT count(*) FROM orders WHERE status = 'paid';
