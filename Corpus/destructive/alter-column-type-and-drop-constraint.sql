-- rules: alter-column-type, drop-constraint, schema-change
ALTER TABLE invoices
  DROP CONSTRAINT invoices_total_check,
  ALTER COLUMN total TYPE bigint,
  ADD CONSTRAINT invoices_total_positive CHECK (total > 0);
