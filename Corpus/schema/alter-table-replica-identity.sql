-- rules: schema-change
ALTER TABLE orders REPLICA IDENTITY FULL;
