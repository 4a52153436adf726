-- rules: none
ROLLBACK; SELECT now();
