-- rules: truncate
DO $$
BEGIN
  RAISE NOTICE 'clearing staging';
  TRUNCATE staging_rows;
END
$$;
