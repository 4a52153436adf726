-- rules: none
-- @@version is the prefix operator @@ applied to a column: a read, not a function call.
SELECT @@version;
