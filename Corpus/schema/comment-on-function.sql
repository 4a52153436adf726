-- rules: schema-change
COMMENT ON FUNCTION order_total(bigint) IS NULL;
