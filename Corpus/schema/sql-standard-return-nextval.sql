-- rules: schema-change, sequence-change
CREATE FUNCTION next_ticket() RETURNS bigint LANGUAGE sql RETURN nextval('ticket_seq');
