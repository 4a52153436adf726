-- rules: schema-change
ALTER TABLE measurements ATTACH PARTITION measurements_2024_07 FOR VALUES FROM ('2024-07-01') TO ('2024-08-01');
