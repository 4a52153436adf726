-- rules: write-statement
-- EXISTS over a table depends on the data; only EXISTS (SELECT 1) is constant.
DELETE FROM carts WHERE EXISTS (SELECT 1 FROM maintenance_mode);
