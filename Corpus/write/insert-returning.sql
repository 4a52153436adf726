-- rules: write-statement
INSERT INTO orders (customer_id, total) VALUES ($1, $2) RETURNING id, created_at;
