-- rules: schema-change
ALTER FUNCTION order_total(bigint) SET search_path = pg_catalog, public;
