-- rules: write-statement
SELECT id, payload FROM jobs WHERE state = 'ready' ORDER BY priority DESC LIMIT 10 FOR UPDATE SKIP LOCKED;
