-- rules: dynamic-sql
DO $$
DECLARE tbl text := 'users';
BEGIN
  EXECUTE format('DROP TABLE %I', tbl);
END
$$;
