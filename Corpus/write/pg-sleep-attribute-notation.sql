-- rules: side-effect-function
-- (x).pg_sleep is attribute notation for pg_sleep(x).
SELECT (5::float8).pg_sleep;
