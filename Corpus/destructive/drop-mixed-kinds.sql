-- rules: drop-object, drop-schema, drop-table
DROP VIEW v_orders;
DROP TABLE orders;
DROP SCHEMA shop;
