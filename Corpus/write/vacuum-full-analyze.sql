-- rules: write-statement
VACUUM (FULL, ANALYZE, VERBOSE) order_items;
