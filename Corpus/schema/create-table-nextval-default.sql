-- rules: schema-change, sequence-change
-- Functions are flagged wherever they appear, defaults included.
CREATE TABLE tickets (id bigint PRIMARY KEY DEFAULT nextval('ticket_seq'), subject text);
