-- rules: drop-object
DROP MATERIALIZED VIEW daily_sales CASCADE;
