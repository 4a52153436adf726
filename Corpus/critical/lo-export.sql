-- rules: server-function
SELECT lo_export(16401, '/tmp/dump.bin');
