-- rules: replication-change
ALTER SUBSCRIPTION orders_sub REFRESH PUBLICATION WITH (copy_data = false);
