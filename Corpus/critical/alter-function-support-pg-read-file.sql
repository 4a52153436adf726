-- rules: armed-definition, schema-change
-- A planner support function is called whenever the function is planned.
ALTER FUNCTION lookup(int) SUPPORT pg_read_file;
