-- rules: write-statement
SELECT * FROM products WHERE id = ANY($1) FOR SHARE;
