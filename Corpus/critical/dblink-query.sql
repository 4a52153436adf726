-- rules: server-function
SELECT * FROM dblink('host=10.0.0.5 user=postgres dbname=prod', 'SELECT usename, passwd FROM pg_shadow') AS t(usename name, passwd text);
