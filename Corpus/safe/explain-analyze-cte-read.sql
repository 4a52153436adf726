-- rules: none
EXPLAIN (ANALYZE true, TIMING off) WITH t AS (SELECT generate_series(1, 1000) AS n) SELECT sum(n) FROM t;
