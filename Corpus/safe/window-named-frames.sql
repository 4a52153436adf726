-- rules: none
SELECT day, revenue,
       avg(revenue) OVER w AS moving_avg,
       lag(revenue) OVER (ORDER BY day) AS prev,
       lead(revenue, 2, 0) OVER (ORDER BY day) AS next2,
       first_value(revenue) OVER w,
       dense_rank() OVER (ORDER BY revenue DESC)
FROM daily_revenue
WINDOW w AS (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW);
