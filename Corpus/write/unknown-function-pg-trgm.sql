-- rules: unknown-function
SELECT name FROM products WHERE similarity(name, 'postgres') > 0.3 ORDER BY similarity(name, 'postgres') DESC;
