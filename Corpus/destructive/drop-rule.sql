-- rules: drop-object
DROP RULE no_delete_archive ON orders_archive;
