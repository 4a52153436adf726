-- rules: data-modifying-cte, delete-without-where
WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d;
