-- rules: schema-change
ALTER FUNCTION add_one(int) RENAME TO increment;
