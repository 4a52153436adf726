-- rules: guard-setting, schema-change
CREATE POLICY everyone ON invoices USING (true);
