-- rules: sequence-change, write-statement
INSERT INTO orders (id, customer_id) VALUES (nextval('orders_id_seq'), 3);
