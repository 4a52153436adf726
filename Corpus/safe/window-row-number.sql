-- rules: none
SELECT id, customer_id, total, row_number() OVER (PARTITION BY customer_id ORDER BY total DESC) AS rn FROM orders;
