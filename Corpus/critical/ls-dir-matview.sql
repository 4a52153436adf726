-- rules: schema-change, server-function
CREATE MATERIALIZED VIEW data_files AS SELECT * FROM pg_ls_dir('base') AS f;
