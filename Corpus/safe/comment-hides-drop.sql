-- rules: none
SELECT 1 -- ; DROP TABLE users;
;
