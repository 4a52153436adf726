-- rules: delete-without-where
DELETE/* x */FROM sessions;
