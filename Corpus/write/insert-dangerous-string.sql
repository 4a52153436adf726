-- rules: write-statement
-- The payload is only data.
INSERT INTO audit_log (actor, message) VALUES ('bot', 'DROP DATABASE production; --');
