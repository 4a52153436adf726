-- rules: guard-setting
ALTER TABLE invoices DISABLE ROW LEVEL SECURITY;
