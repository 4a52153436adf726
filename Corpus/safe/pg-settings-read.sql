-- rules: none
-- Reading pg_settings is fine; writing it is the attack.
SELECT name, setting FROM pg_settings WHERE name LIKE 'log_%';
