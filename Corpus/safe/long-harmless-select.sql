-- rules: none
SELECT
  id, customer_id, order_no, status, currency, subtotal, tax, shipping, discount, total,
  billing_name, billing_street, billing_city, billing_zip, billing_country,
  shipping_name, shipping_street, shipping_city, shipping_zip, shipping_country,
  coalesce(note, '') AS note, created_at, updated_at,
  CASE status WHEN 'new' THEN 1 WHEN 'paid' THEN 2 WHEN 'shipped' THEN 3 WHEN 'delivered' THEN 4 WHEN 'cancelled' THEN 5 ELSE 0 END AS status_rank,
  (SELECT count(*) FROM order_items oi WHERE oi.order_id = o.id) AS item_count,
  (SELECT coalesce(sum(oi.qty * oi.unit_price), 0) FROM order_items oi WHERE oi.order_id = o.id) AS item_total,
  (SELECT string_agg(p.name, ', ' ORDER BY p.name) FROM order_items oi JOIN products p ON p.id = oi.product_id WHERE oi.order_id = o.id) AS product_names,
  (SELECT max(s.shipped_at) FROM shipments s WHERE s.order_id = o.id) AS last_shipped,
  (SELECT bool_or(r.approved) FROM refunds r WHERE r.order_id = o.id) AS any_refund,
  row_number() OVER (PARTITION BY customer_id ORDER BY created_at) AS nth_order,
  sum(total) OVER (PARTITION BY customer_id ORDER BY created_at ROWS UNBOUNDED PRECEDING) AS lifetime_value,
  lag(created_at) OVER (PARTITION BY customer_id ORDER BY created_at) AS previous_order_at
FROM orders o
WHERE created_at >= date_trunc('year', now())
  AND status IN ('new', 'paid', 'shipped', 'delivered', 'cancelled')
  AND currency IN ('EUR', 'USD', 'GBP', 'CHF', 'JPY', 'SEK', 'NOK', 'DKK', 'PLN', 'CZK')
  AND NOT EXISTS (SELECT 1 FROM fraud_flags f WHERE f.order_id = o.id)
  AND (discount IS NULL OR discount < total * 0.5)
ORDER BY customer_id, created_at
LIMIT 1000;
