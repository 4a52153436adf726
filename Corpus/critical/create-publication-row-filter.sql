-- rules: replication-change
CREATE PUBLICATION paid_orders FOR TABLE orders WHERE (status = 'paid') WITH (publish = 'insert, update');
