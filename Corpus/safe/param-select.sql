-- rules: none
SELECT id, name FROM products WHERE category_id = $1 AND price BETWEEN $2 AND $3 ORDER BY name LIMIT $4 OFFSET $5;
