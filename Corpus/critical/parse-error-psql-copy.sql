-- rules: parse-error
\copy users TO '/tmp/users.csv' CSV
