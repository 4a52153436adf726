-- rules: delete-without-where
-- Windows line endings: the -- comment still ends at the line break, and it hides the WHERE.
DELETE FROM carts
-- WHERE id = 42
;
