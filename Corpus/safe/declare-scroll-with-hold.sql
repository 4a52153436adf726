-- rules: none
DECLARE report_cur SCROLL CURSOR WITH HOLD FOR SELECT region, sum(total) FROM sales GROUP BY region;
