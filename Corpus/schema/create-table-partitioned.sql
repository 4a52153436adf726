-- rules: schema-change
CREATE TABLE measurements (sensor_id int NOT NULL, taken_at timestamptz NOT NULL, value double precision) PARTITION BY RANGE (taken_at);
CREATE TABLE measurements_2024_06 PARTITION OF measurements FOR VALUES FROM ('2024-06-01') TO ('2024-07-01');
CREATE TABLE measurements_default PARTITION OF measurements DEFAULT;
