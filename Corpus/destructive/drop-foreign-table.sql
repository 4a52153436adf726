-- rules: drop-object
DROP FOREIGN TABLE remote_orders;
