-- rules: drop-table
DROP TABLE IF EXISTS billing.invoices RESTRICT;
