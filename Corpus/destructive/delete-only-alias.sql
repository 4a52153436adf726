-- rules: delete-without-where
DELETE FROM ONLY events AS e RETURNING e.id;
