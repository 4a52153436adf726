-- rules: schema-change
ALTER TYPE order_status RENAME VALUE 'cancelled' TO 'canceled';
