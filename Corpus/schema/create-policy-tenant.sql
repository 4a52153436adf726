-- rules: schema-change
CREATE POLICY tenant_isolation ON invoices USING (tenant_id = current_setting('app.current_tenant')::int);
