-- rules: none
EXPLAIN (COSTS off, VERBOSE) UPDATE accounts SET balance = 0;
