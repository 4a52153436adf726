-- rules: drop-object
DROP TYPE order_status;
