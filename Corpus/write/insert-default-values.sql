-- rules: write-statement
INSERT INTO heartbeats DEFAULT VALUES;
