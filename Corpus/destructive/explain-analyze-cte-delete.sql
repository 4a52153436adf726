-- rules: data-modifying-cte, delete-without-where, explain-analyze
EXPLAIN ANALYZE WITH d AS (DELETE FROM carts RETURNING *) SELECT count(*) FROM d;
