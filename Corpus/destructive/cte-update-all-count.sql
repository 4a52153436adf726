-- rules: data-modifying-cte, update-without-where
WITH u AS (UPDATE accounts SET balance = 0 RETURNING id) SELECT count(*) FROM u;
