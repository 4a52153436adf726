-- rules: none
-- PL/pgSQL's SELECT ... INTO a variable reads; it does not create a table.
DO $$
DECLARE n bigint;
BEGIN
  SELECT count(*) INTO n FROM orders;
  RAISE NOTICE 'orders: %', n;
END
$$;
