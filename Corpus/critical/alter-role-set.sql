-- rules: role-change
ALTER ROLE app IN DATABASE shop SET statement_timeout = '30s';
