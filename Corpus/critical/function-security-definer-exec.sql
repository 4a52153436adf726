-- rules: dynamic-sql, privilege-change, schema-change
CREATE FUNCTION run_sql(q text) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  EXECUTE q;
END
$$;
