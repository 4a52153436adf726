-- rules: schema-change
ALTER SEQUENCE invoice_no_seq OWNED BY invoices.number;
