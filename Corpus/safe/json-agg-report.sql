-- rules: none
SELECT customer_id, json_agg(json_build_object('id', id, 'total', total) ORDER BY id) AS orders FROM orders GROUP BY customer_id;
