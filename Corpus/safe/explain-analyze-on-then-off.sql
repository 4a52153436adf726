-- rules: none
-- ANALYZE on, then off: a plain EXPLAIN.
EXPLAIN (ANALYZE on, BUFFERS false, ANALYZE off) UPDATE accounts SET balance = 0;
