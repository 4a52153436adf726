-- rules: unknown-function
SELECT * FROM reporting.monthly_totals(2024);
