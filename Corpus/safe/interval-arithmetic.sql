-- rules: none
SELECT now() + interval '2 hours 30 minutes', date '2024-03-01' - date '2024-02-01', justify_interval(interval '40 days');
