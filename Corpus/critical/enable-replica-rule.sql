-- rules: guard-setting
ALTER TABLE orders_archive ENABLE REPLICA RULE no_delete_archive;
