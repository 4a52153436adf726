-- rules: drop-object
DROP PROCEDURE close_stale_carts(int);
