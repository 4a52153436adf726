-- rules: drop-object
DROP PUBLICATION orders_pub;
