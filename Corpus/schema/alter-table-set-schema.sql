-- rules: schema-change
ALTER TABLE legacy_orders SET SCHEMA archive;
