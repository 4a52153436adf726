-- rules: parse-error
-- A no-break space is not whitespace to PostgreSQL: DELETE FROM lexes as one identifier.
DELETE FROM sessions;
