-- rules: update-without-where
UPDATE notes SET body = 'WHERE id = 1';
