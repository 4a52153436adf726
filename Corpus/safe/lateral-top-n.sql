-- rules: none
SELECT c.id, c.name, o.* FROM customers c
CROSS JOIN LATERAL (SELECT id, total FROM orders WHERE orders.customer_id = c.id ORDER BY total DESC LIMIT 3) o;
