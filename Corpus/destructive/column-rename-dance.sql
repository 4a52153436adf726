-- rules: drop-column, schema-change, write-statement
ALTER TABLE products ADD COLUMN price_cents bigint;
UPDATE products SET price_cents = (price * 100)::bigint WHERE price IS NOT NULL;
ALTER TABLE products DROP COLUMN price;
