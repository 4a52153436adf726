-- rules: schema-change
CREATE TEMP VIEW v_recent AS SELECT * FROM orders WHERE created_at > now() - interval '7 days';
