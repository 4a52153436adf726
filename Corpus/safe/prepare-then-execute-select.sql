-- rules: none
-- The EXECUTE runs a statement prepared above, which only reads.
PREPARE recent_orders(int) AS SELECT * FROM orders WHERE customer_id = $1 ORDER BY id DESC LIMIT 10;
EXECUTE recent_orders(17);
