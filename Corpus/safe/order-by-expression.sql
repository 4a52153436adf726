-- rules: none
SELECT id, name FROM products ORDER BY lower(name) COLLATE "C", price DESC NULLS LAST;
