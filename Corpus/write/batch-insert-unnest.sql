-- rules: write-statement
INSERT INTO measurements (sensor_id, taken_at, value)
SELECT * FROM unnest($1::int[], $2::timestamptz[], $3::float8[]);
