-- rules: none
SELECT count(*) FROM drop_log;
