-- rules: write-statement
COPY measurements (sensor_id, taken_at, value) FROM STDIN WITH (FORMAT csv, HEADER true);
