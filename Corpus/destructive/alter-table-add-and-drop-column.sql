-- rules: drop-column, schema-change
ALTER TABLE users ADD COLUMN full_name text, DROP COLUMN first_name;
