-- rules: server-function
SELECT lo_import('/etc/passwd');
