-- rules: data-modifying-cte, delete-without-where, write-statement
WITH a AS (DELETE FROM carts RETURNING id), b AS (UPDATE users SET cart_count = 0 WHERE id IN (SELECT user_id FROM carts) RETURNING id) SELECT (SELECT count(*) FROM a), (SELECT count(*) FROM b);
