-- rules: none
COPY (SELECT 'PROGRAM' AS word, '/etc/passwd' AS path) TO STDOUT;
