-- rules: delete-without-where
-- Tab, form feed and newline are all whitespace to the lexer.
DELETE	FROM
sessions;
