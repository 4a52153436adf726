-- rules: none
SELECT id FROM posts WHERE tags && ARRAY['sql', 'postgres'] AND ARRAY['draft'] <@ tags AND cardinality(tags) > 1 AND (tags)[1] <> 'x' AND tags[1:2] IS NOT NULL;
