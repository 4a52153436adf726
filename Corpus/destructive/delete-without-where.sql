-- rules: delete-without-where
DELETE FROM users;
