-- rules: guard-setting
RESET default_transaction_read_only;
