-- rules: none
COPY (SELECT id, email FROM users WHERE active) TO STDOUT WITH (FORMAT csv, HEADER true);
