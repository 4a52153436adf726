-- rules: none
SELECT id, email, created_at FROM users WHERE active AND created_at > now() - interval '30 days' ORDER BY created_at DESC LIMIT 50;
