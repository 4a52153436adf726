-- rules: guard-setting
-- Guard settings are flagged whatever the value.
SET SESSION default_transaction_read_only TO on;
