-- rules: always-true-where, data-modifying-cte, write-statement
WITH d AS (DELETE FROM events WHERE 1=1 RETURNING *) INSERT INTO events_archive SELECT * FROM d;
