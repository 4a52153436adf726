-- rules: always-true-where
PREPARE reset_all(int) AS UPDATE counters SET n = $1 WHERE true;
EXECUTE reset_all(0);
