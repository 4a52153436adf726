-- rules: none
SELECT * FROM users;
