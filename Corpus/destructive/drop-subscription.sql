-- rules: drop-object
DROP SUBSCRIPTION orders_sub;
