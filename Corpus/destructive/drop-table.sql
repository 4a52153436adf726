-- rules: drop-table
DROP TABLE users;
