-- rules: none
SELECT pid, usename, state, query FROM pg_stat_activity WHERE state <> 'idle';
