-- rules: side-effect-function
SELECT * FROM users WHERE id IN (SELECT user_id FROM sessions WHERE pg_sleep_for('1 second') IS NOT NULL);
