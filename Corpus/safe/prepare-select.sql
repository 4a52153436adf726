-- rules: none
PREPARE fetch_user(bigint) AS SELECT id, email FROM users WHERE id = $1;
