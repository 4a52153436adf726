-- rules: schema-change
ALTER TABLE users RENAME COLUMN fullname TO full_name;
