-- rules: none
SELECT id, ts_rank(search_vector, q) AS rank FROM articles, websearch_to_tsquery('english', $1) q WHERE search_vector @@ q ORDER BY rank DESC LIMIT 10;
