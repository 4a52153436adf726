-- rules: none
SELECT grantee, table_name, privilege_type FROM information_schema.role_table_grants WHERE grantee <> 'postgres';
