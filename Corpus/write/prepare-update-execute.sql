-- rules: write-statement
PREPARE bump(int) AS UPDATE counters SET n = n + 1 WHERE id = $1;
EXECUTE bump(3);
EXECUTE bump(4);
