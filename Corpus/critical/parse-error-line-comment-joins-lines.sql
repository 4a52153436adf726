-- rules: parse-error
-- The line comment ends at the newline, so DROP TABLE continues the SELECT.
SELECT 1 --
DROP TABLE t;
