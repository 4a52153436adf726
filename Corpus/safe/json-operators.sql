-- rules: none
SELECT data->>'email' AS email, data #>> '{address,city}' AS city
FROM profiles
WHERE data @> '{"plan": "pro"}' AND data ? 'phone' AND tags ?| array['vip', 'beta'] AND tags ?& array['a'];
