-- rules: parse-error
-- psql would run every generated DROP: \gexec makes this a meta-command, not SQL.
SELECT 'DROP TABLE ' || quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' \gexec
