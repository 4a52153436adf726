-- rules: none
SELECT * FROM pairs WHERE (a, b) IS DISTINCT FROM (1, 2) AND ROW(a, b) > ROW(0, 0);
