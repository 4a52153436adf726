-- rules: schema-change
ALTER TABLE orders ENABLE TRIGGER orders_audit;
