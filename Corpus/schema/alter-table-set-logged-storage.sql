-- rules: schema-change
ALTER TABLE cache_entries SET LOGGED, SET (fillfactor = 70), ALTER COLUMN value SET STORAGE EXTERNAL;
