-- rules: side-effect-function
-- U&"pg\005fsleep" is the identifier pg_sleep.
SELECT U&"pg\005fsleep"(2);
