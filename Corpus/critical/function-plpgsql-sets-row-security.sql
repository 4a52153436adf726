-- rules: guard-setting, schema-change
CREATE FUNCTION see_everything() RETURNS SETOF invoices LANGUAGE plpgsql AS $$
BEGIN
  SET LOCAL row_security = off;
  RETURN QUERY SELECT * FROM invoices;
END
$$;
