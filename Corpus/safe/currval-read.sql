-- rules: none
-- currval only reads the session's last value; nextval/setval are the writers.
SELECT currval('orders_id_seq');
