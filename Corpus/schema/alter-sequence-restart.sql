-- rules: schema-change
ALTER SEQUENCE invoice_no_seq RESTART WITH 5000;
