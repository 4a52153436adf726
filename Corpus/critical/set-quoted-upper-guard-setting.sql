-- rules: guard-setting
-- A guard setting named in upper case inside quotes.
SET "DEFAULT_TRANSACTION_READ_ONLY" = off;
