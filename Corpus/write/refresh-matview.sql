-- rules: write-statement
REFRESH MATERIALIZED VIEW CONCURRENTLY daily_sales;
