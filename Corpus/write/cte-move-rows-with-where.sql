-- rules: data-modifying-cte, write-statement
WITH moved AS (DELETE FROM queue WHERE state = 'done' RETURNING *) INSERT INTO queue_archive SELECT * FROM moved;
