-- rules: schema-change
ALTER TRIGGER users_set_updated_at ON users RENAME TO users_touch;
