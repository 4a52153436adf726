-- rules: parse-error
SELECT * FROM orders WITH (NOLOCK) WHERE id = 1;
