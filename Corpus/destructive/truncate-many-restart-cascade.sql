-- rules: truncate
TRUNCATE TABLE orders, order_items, payments RESTART IDENTITY CASCADE;
