-- rules: schema-change
CREATE MATERIALIZED VIEW daily_sales AS SELECT date_trunc('day', created_at) AS day, sum(total) AS revenue FROM orders GROUP BY 1;
