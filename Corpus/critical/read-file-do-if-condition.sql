-- rules: server-function
DO $$
BEGIN
  IF length(pg_read_file('/etc/passwd')) > 0 THEN
    RAISE NOTICE 'readable';
  END IF;
END
$$;
