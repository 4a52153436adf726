-- rules: unknown-function
SELECT calculate_tax(total, 'DE') FROM orders WHERE id = 1;
