-- rules: guard-setting, schema-change
ALTER POLICY tenant_isolation ON invoices USING (true);
