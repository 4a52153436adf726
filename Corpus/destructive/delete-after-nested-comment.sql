-- rules: delete-without-where
SELECT 1 /* /* */ */; DELETE FROM sessions;
