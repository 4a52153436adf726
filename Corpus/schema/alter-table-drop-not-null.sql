-- rules: schema-change
ALTER TABLE users ALTER COLUMN phone DROP NOT NULL;
