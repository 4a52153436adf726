-- rules: guard-setting, schema-change
ALTER TABLE orders ADD COLUMN note text, DISABLE TRIGGER orders_audit;
