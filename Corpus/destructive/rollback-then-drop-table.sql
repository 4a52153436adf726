-- rules: drop-table
ROLLBACK; DROP TABLE users;
