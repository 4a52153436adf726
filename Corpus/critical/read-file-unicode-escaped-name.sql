-- rules: server-function
SELECT U&"pg\005fread\005ffile"('/etc/passwd');
