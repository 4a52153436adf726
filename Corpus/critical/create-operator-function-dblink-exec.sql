-- rules: armed-definition, schema-change
-- Every use of the operator calls dblink_exec.
CREATE OPERATOR ==> (FUNCTION = dblink_exec, LEFTARG = text, RIGHTARG = text);
