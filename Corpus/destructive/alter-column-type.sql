-- rules: alter-column-type
ALTER TABLE users ALTER COLUMN age TYPE varchar(3);
