-- rules: schema-change
CREATE MATERIALIZED VIEW IF NOT EXISTS top_products AS SELECT product_id, count(*) FROM order_items GROUP BY product_id WITH NO DATA;
