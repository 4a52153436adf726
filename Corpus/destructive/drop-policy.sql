-- rules: drop-object
DROP POLICY tenant_isolation ON invoices;
