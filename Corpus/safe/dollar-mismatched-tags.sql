-- rules: none
SELECT $a$ x $b$; TRUNCATE users; $b$ y $a$;
