-- rules: guard-setting
ALTER TABLE orders_archive DISABLE RULE no_delete_archive;
