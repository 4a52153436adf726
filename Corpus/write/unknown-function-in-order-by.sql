-- rules: unknown-function
SELECT id FROM listings ORDER BY distance_km(lat, lon, 52.52, 13.40) LIMIT 20;
