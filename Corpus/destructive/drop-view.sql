-- rules: drop-object
DROP VIEW IF EXISTS active_users;
