-- rules: parse-error
-- The O in DROP is Cyrillic: not a keyword, so this does not parse.
DRОP TABLE users;
