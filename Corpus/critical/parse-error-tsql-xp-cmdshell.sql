-- rules: parse-error
EXEC xp_cmdshell 'whoami';
