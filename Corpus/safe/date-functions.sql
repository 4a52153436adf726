-- rules: none
SELECT date_trunc('month', created_at), extract(year FROM created_at), created_at AT TIME ZONE 'Europe/Berlin', age(now(), created_at), to_char(created_at, 'YYYY-MM-DD'), current_date, current_timestamp, make_date(2024, 1, 1) FROM orders;
