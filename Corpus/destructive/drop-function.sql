-- rules: drop-object
DROP FUNCTION IF EXISTS order_total(bigint);
