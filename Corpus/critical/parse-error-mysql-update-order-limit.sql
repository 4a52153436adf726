-- rules: parse-error
UPDATE jobs SET state = 'x' ORDER BY id LIMIT 1;
