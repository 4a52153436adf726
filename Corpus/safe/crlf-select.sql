-- rules: none
-- Windows line endings.
SELECT id,
       email
FROM users
WHERE id = 1;
