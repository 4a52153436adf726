-- rules: none
EXPLAIN WITH gone AS (DELETE FROM carts RETURNING *) SELECT count(*) FROM gone;
