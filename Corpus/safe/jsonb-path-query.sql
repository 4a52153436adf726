-- rules: none
SELECT jsonb_path_query(doc, '$.items[*] ? (@.price > 10)') FROM documents WHERE jsonb_path_exists(doc, '$.items');
