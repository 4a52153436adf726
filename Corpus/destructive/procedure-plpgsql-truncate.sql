-- rules: schema-change, truncate, write-statement
CREATE OR REPLACE PROCEDURE reset_staging() LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE staging_rows;
  INSERT INTO staging_runs (started_at) VALUES (now());
END
$$;
