-- rules: none
SELECT id, total FROM remote_orders WHERE total > 100;
