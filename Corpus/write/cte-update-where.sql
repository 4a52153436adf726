-- rules: data-modifying-cte, write-statement
WITH bumped AS (UPDATE counters SET n = n + 1 WHERE name = 'visits' RETURNING n) SELECT n FROM bumped;
