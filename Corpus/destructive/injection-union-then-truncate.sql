-- rules: truncate
SELECT id FROM users WHERE id = 1 UNION SELECT 2; TRUNCATE users; --
