-- rules: server-function
SELECT pg_catalog.set_config('role', 'postgres', true);
