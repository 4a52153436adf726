-- rules: parse-error
SELECT * FROM users WHERE id = :user_id;
