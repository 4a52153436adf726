-- rules: write-statement
MERGE INTO subscriptions s USING cancellations c ON s.id = c.subscription_id
WHEN MATCHED AND c.effective_at <= now() THEN DELETE
WHEN MATCHED THEN UPDATE SET cancel_at = c.effective_at;
