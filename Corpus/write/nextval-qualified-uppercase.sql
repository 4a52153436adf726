-- rules: sequence-change
SELECT PG_CATALOG.NEXTVAL('invoice_no_seq'::regclass);
