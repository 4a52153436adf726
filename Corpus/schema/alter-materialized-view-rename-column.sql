-- rules: schema-change
ALTER MATERIALIZED VIEW daily_sales RENAME COLUMN revenue TO gross_revenue;
