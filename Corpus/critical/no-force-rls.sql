-- rules: guard-setting
ALTER TABLE invoices NO FORCE ROW LEVEL SECURITY;
