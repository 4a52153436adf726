-- rules: schema-change, sequence-change
-- The view would call nextval each time it is read.
CREATE VIEW next_ticket AS SELECT nextval('ticket_seq') AS ticket;
