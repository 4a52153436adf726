-- rules: schema-change
ALTER TABLE events ALTER COLUMN kind SET STATISTICS 500;
