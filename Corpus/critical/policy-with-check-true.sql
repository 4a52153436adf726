-- rules: guard-setting, schema-change
CREATE POLICY insert_anything ON invoices FOR INSERT TO PUBLIC WITH CHECK (true);
