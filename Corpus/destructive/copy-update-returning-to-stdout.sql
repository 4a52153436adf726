-- rules: update-without-where
COPY (UPDATE users SET token = NULL RETURNING id) TO STDOUT WITH (FORMAT csv);
