-- rules: dynamic-sql
DO $$
DECLARE q text := 'TRUNCATE audit_log';
BEGIN
  EXECUTE q;
END
$$;
