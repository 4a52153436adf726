-- rules: schema-change
-- SELECT INTO creates a table.
SELECT * INTO users_backup_20240611 FROM users;
