-- rules: delete-without-where, write-statement
DELETE FROM carts WHERE id = 1;
DELETE FROM carts;
