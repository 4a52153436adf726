-- rules: server-function
SELECT pg_file_write('/tmp/evil.conf', 'ssl = off', false);
