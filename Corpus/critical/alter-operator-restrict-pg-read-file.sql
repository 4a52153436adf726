-- rules: armed-definition, schema-change
-- A restriction estimator is called whenever the operator is planned.
ALTER OPERATOR === (text, text) SET (RESTRICT = pg_read_file);
