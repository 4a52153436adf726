-- rules: none
SELECT has_table_privilege('app_reader', 'orders', 'SELECT'), pg_has_role('app', 'admin', 'MEMBER');
