-- rules: none
-- TABLE t is shorthand for SELECT * FROM t.
TABLE orders;
