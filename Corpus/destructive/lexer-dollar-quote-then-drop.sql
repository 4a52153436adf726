-- rules: drop-table
-- $$ ' $$ is a complete string; the quote inside it opens nothing, so DROP TABLE is a second statement.
SELECT $$ ' $$; DROP TABLE t; --';
