-- rules: none
SELECT g AS hour, count(e.id) FROM generate_series(0, 23) g LEFT JOIN events e ON extract(hour FROM e.created_at) = g GROUP BY g ORDER BY g;
