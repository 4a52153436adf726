-- rules: write-statement
-- The CTE is a plain SELECT; only the UPDATE writes.
WITH stale AS (SELECT id FROM carts WHERE updated_at < now() - interval '30 days') UPDATE carts SET abandoned = true WHERE id IN (SELECT id FROM stale);
