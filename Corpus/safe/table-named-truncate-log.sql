-- rules: none
SELECT * FROM truncate_log WHERE table_name = 'users';
