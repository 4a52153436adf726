-- rules: dynamic-sql
SELECT * FROM ts_stat('SELECT to_tsvector(body) FROM documents') ORDER BY nentry DESC LIMIT 10;
