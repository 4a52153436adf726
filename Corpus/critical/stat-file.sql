-- rules: server-function
SELECT size, modification FROM pg_stat_file('postgresql.conf');
