-- rules: none
-- The string only ends at the matching $outer$ tag.
SELECT $outer$ $$; DROP TABLE t; $$ $outer$;
