-- rules: write-statement
CALL archive_old_orders(90);
