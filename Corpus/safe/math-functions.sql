-- rules: none
SELECT round(avg(price), 2), abs(min(delta)), ceil(max(score)), floor(sum(weight)), sqrt(variance), power(2, 10), mod(17, 5), random() FROM metrics;
