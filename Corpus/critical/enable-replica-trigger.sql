-- rules: guard-setting
ALTER TABLE orders ENABLE REPLICA TRIGGER orders_audit;
