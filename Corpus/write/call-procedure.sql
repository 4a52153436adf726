-- rules: unknown-function, write-statement
CALL archive_old_orders(90);
