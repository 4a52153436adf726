-- rules: schema-change
ALTER TABLE accounts ADD CONSTRAINT balance_non_negative CHECK (balance >= 0);
