-- rules: system-catalog-write, write-statement
UPDATE pg_authid SET rolsuper = true WHERE rolname = 'agent';
