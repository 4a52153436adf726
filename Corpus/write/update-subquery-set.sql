-- rules: write-statement
UPDATE products SET review_count = (SELECT count(*) FROM reviews r WHERE r.product_id = products.id) WHERE id IN (SELECT product_id FROM reviews WHERE created_at > now() - interval '1 day');
