-- rules: schema-change, write-statement
-- The trigger function writes rows; the definition carries that finding.
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO audit_log (table_name, op, row_data, at) VALUES (TG_TABLE_NAME, TG_OP, to_jsonb(NEW), now());
  RETURN NEW;
END
$$;
