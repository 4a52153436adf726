-- rules: write-statement
WITH next_job AS (SELECT id FROM jobs WHERE state = 'ready' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
UPDATE jobs SET state = 'running', started_at = now() FROM next_job WHERE jobs.id = next_job.id RETURNING jobs.*;
