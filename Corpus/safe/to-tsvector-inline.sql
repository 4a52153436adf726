-- rules: none
SELECT title FROM docs WHERE to_tsvector('simple', body) @@ plainto_tsquery('simple', 'drop table');
