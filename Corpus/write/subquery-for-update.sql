-- rules: write-statement
-- Row locks taken in a subquery are still taken.
SELECT j.* FROM (SELECT id, payload FROM jobs WHERE state = 'ready' LIMIT 1 FOR UPDATE SKIP LOCKED) j;
