-- rules: delete-without-where
-- USING without a WHERE joins nothing away.
DELETE FROM order_items USING orders;
