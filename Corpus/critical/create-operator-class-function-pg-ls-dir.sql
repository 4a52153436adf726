-- rules: armed-definition, schema-change
-- An operator class support function.
CREATE OPERATOR CLASS leak_ops FOR TYPE text USING btree AS FUNCTION 1 pg_ls_dir(text);
