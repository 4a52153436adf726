-- rules: schema-change
-- A RESTRICTIVE policy of true restricts nothing but also admits nothing on its own.
CREATE POLICY always_ok ON invoices AS RESTRICTIVE USING (true);
