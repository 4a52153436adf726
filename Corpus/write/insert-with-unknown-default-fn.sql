-- rules: unknown-function, write-statement
INSERT INTO api_keys (id, owner) VALUES (uuid_generate_v4(), 'svc-a');
