-- rules: sequence-change
SELECT nextval('orders_id_seq');
