-- rules: drop-table, schema-change
CREATE TEMP TABLE scratch (x int);
DROP TABLE scratch;
