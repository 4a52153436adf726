-- rules: explain-analyze, sequence-change
EXPLAIN ANALYZE SELECT nextval('ticket_seq');
