-- rules: schema-change, update-without-where
ALTER TABLE users ADD COLUMN newsletter boolean;
UPDATE users SET newsletter = false;
ALTER TABLE users ALTER COLUMN newsletter SET NOT NULL;
