-- rules: always-true-where
MERGE INTO prices p USING new_prices n ON 1 = 1
WHEN MATCHED THEN UPDATE SET amount = n.amount
WHEN NOT MATCHED THEN INSERT (product_id, amount) VALUES (n.product_id, n.amount);
