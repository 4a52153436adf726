-- rules: schema-change
CREATE INDEX CONCURRENTLY events_payload_idx ON events USING gin (payload jsonb_path_ops) WITH (fastupdate = off) WHERE kind = 'purchase';
