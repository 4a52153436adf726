-- rules: side-effect-function
SELECT pg_sleep(5);
