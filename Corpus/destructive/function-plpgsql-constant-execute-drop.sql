-- rules: drop-table, schema-change
CREATE FUNCTION drop_scratch() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE 'DROP TABLE IF EXISTS scratch';
END
$$;
