-- rules: replication-change
ALTER SUBSCRIPTION orders_sub DISABLE;
