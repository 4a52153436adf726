-- rules: schema-change
CREATE TABLE events_archive (archived_at timestamptz) INHERITS (events) TABLESPACE archive_space;
