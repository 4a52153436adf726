-- rules: explain-analyze, update-without-where
-- ANALYZE off, then on again among other options.
EXPLAIN (ANALYZE off, VERBOSE, ANALYZE on, COSTS false) UPDATE accounts SET balance = 0;
