-- rules: write-statement
-- The prepared statement was defined elsewhere: what it does is unknown.
EXECUTE purge_batch(500);
