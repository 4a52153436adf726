-- rules: guard-setting
SET transaction_read_only = off;
