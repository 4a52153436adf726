-- rules: schema-change
CREATE FOREIGN TABLE remote_orders (id bigint, total numeric) SERVER warehouse OPTIONS (schema_name 'public', table_name 'orders');
