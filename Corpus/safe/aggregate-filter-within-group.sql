-- rules: none
SELECT count(*) FILTER (WHERE status = 'failed') AS failed,
       percentile_cont(0.95) WITHIN GROUP (ORDER BY duration_ms) AS p95,
       string_agg(DISTINCT host, ', ' ORDER BY host) AS hosts
FROM requests;
