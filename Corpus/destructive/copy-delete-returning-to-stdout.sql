-- rules: delete-without-where
-- COPY (query) runs the query: here a DELETE of every row.
COPY (DELETE FROM sessions RETURNING *) TO STDOUT;
