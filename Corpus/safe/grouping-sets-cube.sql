-- rules: none
SELECT a, b, count(*) FROM facts GROUP BY GROUPING SETS ((a), (b), ()) UNION ALL SELECT a, b, count(*) FROM facts GROUP BY CUBE (a, b);
