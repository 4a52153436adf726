-- rules: none
SELECT 'DROP TABLE users; DELETE FROM orders;' AS note;
