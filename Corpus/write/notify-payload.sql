-- rules: write-statement
NOTIFY order_events, '{"id": 17, "status": "paid"}';
