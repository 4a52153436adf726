-- rules: server-function
SELECT pg_switch_wal(), pg_create_restore_point('before-agent');
