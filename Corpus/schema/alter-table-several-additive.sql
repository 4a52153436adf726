-- rules: schema-change
ALTER TABLE products
  ADD COLUMN weight_grams int,
  ADD COLUMN dimensions jsonb,
  ALTER COLUMN name SET NOT NULL,
  ALTER COLUMN price SET DEFAULT 0;
