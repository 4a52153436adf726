-- rules: delete-without-where
-- RETURNING does not limit the rows removed.
DELETE FROM users RETURNING *;
