-- rules: schema-change, update-without-where, write-statement
CREATE FUNCTION close_month() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  UPDATE invoices SET closed = true;
  INSERT INTO month_closings (closed_at) VALUES (now());
END
$$;
