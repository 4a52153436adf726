-- rules: none
SELECT 1 AS "delete", 2 AS "DROP TABLE users";
