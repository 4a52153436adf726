-- rules: none
SELECT id, CASE WHEN total > 1000 THEN 'large' WHEN total > 100 THEN 'medium' ELSE 'small' END AS bucket, nullif(discount, 0), greatest(a, b), least(a, b) FROM orders;
