-- rules: replication-change
ALTER PUBLICATION orders_pub ADD TABLE customers, payments;
