-- rules: parse-error
-- 0xC0 0xBB is an overlong encoding of ';' and is invalid UTF-8.
SELECT 1À» DROP TABLE users;
