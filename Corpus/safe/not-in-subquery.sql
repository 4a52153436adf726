-- rules: none
SELECT id FROM users WHERE id NOT IN (SELECT user_id FROM bans WHERE user_id IS NOT NULL);
