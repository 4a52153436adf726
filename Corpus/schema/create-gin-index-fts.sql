-- rules: schema-change
CREATE INDEX articles_search_idx ON articles USING gin (to_tsvector('english', title || ' ' || body));
