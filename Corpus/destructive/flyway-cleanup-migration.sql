-- rules: drop-column, drop-object, drop-table, schema-change
-- V42__remove_legacy_billing.sql
ALTER TABLE customers ADD COLUMN billing_account_id bigint;
DROP VIEW IF EXISTS legacy_billing_summary;
DROP TABLE IF EXISTS legacy_billing_entries;
ALTER TABLE customers DROP COLUMN IF EXISTS legacy_billing_code;
