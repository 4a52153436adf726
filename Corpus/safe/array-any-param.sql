-- rules: none
SELECT * FROM users WHERE id = ANY($1::bigint[]);
