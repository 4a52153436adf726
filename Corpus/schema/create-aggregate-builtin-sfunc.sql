-- rules: schema-change
-- An aggregate over a harmless built-in.
CREATE AGGREGATE total(int) (SFUNC = int4pl, STYPE = int);
