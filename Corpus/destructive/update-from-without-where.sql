-- rules: update-without-where
UPDATE orders SET status = s.status FROM order_status_import s;
