-- rules: write-statement
BEGIN;
LOCK orders, order_items IN ACCESS EXCLUSIVE MODE NOWAIT;
COMMIT;
