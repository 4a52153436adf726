-- rules: drop-table
-- A typical injected tail after a harmless lookup.
SELECT * FROM products WHERE name = 'x'; DROP TABLE products; --';
