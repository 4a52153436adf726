-- rules: schema-change, write-statement
CREATE PROCEDURE close_stale_carts(days int) LANGUAGE plpgsql AS $$
BEGIN
  UPDATE carts SET status = 'abandoned' WHERE updated_at < now() - make_interval(days => days);
  COMMIT;
END
$$;
