-- rules: delete-without-where
SELECT count(*) FROM sessions; DELETE FROM sessions; SELECT count(*) FROM sessions;
