-- rules: schema-change
CREATE SCHEMA billing
  CREATE TABLE invoices (id bigint PRIMARY KEY, total numeric)
  CREATE VIEW open_invoices AS SELECT * FROM invoices WHERE total > 0;
