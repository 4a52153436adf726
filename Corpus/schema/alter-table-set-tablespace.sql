-- rules: schema-change
ALTER TABLE events SET TABLESPACE archive_space;
