-- rules: schema-change
ALTER TABLE measurements DETACH PARTITION measurements_2023_01 CONCURRENTLY;
