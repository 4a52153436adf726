-- rules: always-true-where
-- MERGE ON a column compared with itself matches every row.
MERGE INTO accounts a USING payouts p ON a.id = a.id WHEN MATCHED THEN DELETE;
