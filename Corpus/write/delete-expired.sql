-- rules: write-statement
DELETE FROM sessions WHERE expires_at < now();
