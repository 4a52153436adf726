-- rules: drop-object
DROP SEQUENCE invoice_no_seq;
