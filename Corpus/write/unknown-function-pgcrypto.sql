-- rules: unknown-function
SELECT id FROM users WHERE password_hash = crypt($1, password_hash);
