-- rules: delete-without-where
-- The CTE is only a SELECT; the DELETE itself has no WHERE.
WITH x AS (SELECT 1) DELETE FROM sessions;
