-- rules: schema-change
CREATE INDEX events_created_brin ON events USING brin (created_at);
CREATE INDEX orders_status_idx ON orders (status) INCLUDE (total, created_at);
