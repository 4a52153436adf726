-- rules: schema-change
-- PL/pgSQL's SELECT ... INTO a variable is not SQL's SELECT INTO a new table.
CREATE FUNCTION open_order_count(p_customer bigint) RETURNS int LANGUAGE plpgsql STABLE AS $$
DECLARE n int;
BEGIN
  SELECT count(*) INTO n FROM orders WHERE customer_id = p_customer AND status = 'new';
  RETURN n;
END
$$;
