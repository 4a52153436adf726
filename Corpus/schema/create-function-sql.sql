-- rules: schema-change
CREATE FUNCTION order_total(p_order bigint) RETURNS numeric LANGUAGE sql STABLE AS $$
  SELECT coalesce(sum(qty * unit_price), 0) FROM order_items WHERE order_id = p_order
$$;
