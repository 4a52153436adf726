-- rules: write-statement
UPDATE jobs SET state = 'done', finished_at = now() WHERE id = $1 RETURNING *;
