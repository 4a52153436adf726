-- rules: side-effect-function
SELECT pg_notify('order_events', json_build_object('id', 17)::text);
