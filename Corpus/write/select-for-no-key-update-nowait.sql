-- rules: write-statement
SELECT o.id FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = 5 FOR NO KEY UPDATE OF o NOWAIT;
