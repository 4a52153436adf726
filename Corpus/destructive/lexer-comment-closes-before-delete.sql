-- rules: delete-without-where
SELECT 1 /* a */ ; DELETE FROM t -- */
;
