-- rules: write-statement
INSERT INTO prices AS p (product_id, currency, amount) VALUES (7, 'EUR', 12.00)
ON CONFLICT ON CONSTRAINT prices_product_currency_key DO UPDATE SET amount = EXCLUDED.amount WHERE p.amount IS DISTINCT FROM EXCLUDED.amount;
