-- rules: update-without-where
-- A column called "where" is not a WHERE clause.
UPDATE flags SET "where" = 'everywhere';
