-- rules: none
SELECT d::date AS day, coalesce(count(o.id), 0) AS orders
FROM generate_series(date '2024-01-01', date '2024-01-31', interval '1 day') AS d
LEFT JOIN LATERAL (SELECT id FROM orders WHERE orders.created_at::date = d::date) o ON true
GROUP BY 1 ORDER BY 1;
