-- rules: guard-setting
ALTER TABLE orders DISABLE TRIGGER USER;
