-- rules: write-statement
UPDATE orders o SET status = 'shipped' FROM shipments s WHERE s.order_id = o.id AND s.shipped_at IS NOT NULL AND o.status = 'paid';
