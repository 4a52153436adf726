-- rules: schema-change, sequence-change
ALTER TABLE invoices ADD COLUMN number bigint DEFAULT nextval('invoice_no_seq');
