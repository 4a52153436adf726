-- rules: delete-without-where
-- The WHERE clause is commented out.
DELETE FROM carts -- WHERE id = 42
;
