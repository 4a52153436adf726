-- rules: unknown-function
SELECT c.id, r.* FROM customers c CROSS JOIN LATERAL recommend_products(c.id, 5) r;
