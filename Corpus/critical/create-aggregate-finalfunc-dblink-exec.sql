-- rules: armed-definition, schema-change
-- A final function that runs SQL on another connection.
CREATE AGGREGATE remote_exec(text) (SFUNC = textcat, STYPE = text, FINALFUNC = public.dblink_exec);
