-- rules: delete-without-where
-- PREPARE takes the level of what it prepares.
PREPARE wipe AS DELETE FROM carts;
