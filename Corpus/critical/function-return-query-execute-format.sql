-- rules: dynamic-sql, schema-change
CREATE FUNCTION rows_of(tbl text) RETURNS SETOF record LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY EXECUTE format('SELECT * FROM %I', tbl);
END
$$;
