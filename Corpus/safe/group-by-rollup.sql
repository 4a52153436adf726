-- rules: none
SELECT region, product, sum(amount), grouping(region, product) FROM sales GROUP BY ROLLUP (region, product);
