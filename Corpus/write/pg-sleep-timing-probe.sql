-- rules: side-effect-function
-- Blind timing probe: the branch decides whether the query stalls.
SELECT CASE WHEN (SELECT count(*) FROM users WHERE email LIKE 'a%') > 0 THEN pg_sleep(3) END;
