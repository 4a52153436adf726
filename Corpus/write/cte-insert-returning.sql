-- rules: data-modifying-cte, write-statement
WITH created AS (INSERT INTO users (email) VALUES ('b@example.com') RETURNING id) SELECT id FROM created;
