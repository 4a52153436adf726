-- rules: none
EXPLAIN SELECT * FROM orders WHERE customer_id = 42;
