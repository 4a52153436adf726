-- rules: always-true-where
MERGE INTO subscriptions s USING (SELECT 1) AS src ON true WHEN MATCHED THEN DELETE;
