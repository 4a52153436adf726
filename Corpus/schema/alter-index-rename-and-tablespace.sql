-- rules: schema-change
ALTER INDEX orders_customer_id_idx RENAME TO orders_customer_idx;
ALTER INDEX orders_customer_idx SET TABLESPACE fast_space;
