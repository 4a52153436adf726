-- rules: guard-setting, schema-change
CREATE POLICY open_read ON invoices AS PERMISSIVE FOR SELECT USING (1 = 1);
