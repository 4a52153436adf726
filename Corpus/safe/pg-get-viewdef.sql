-- rules: none
SELECT pg_get_viewdef('active_users'::regclass, true), pg_get_indexdef(indexrelid) FROM pg_index LIMIT 5;
