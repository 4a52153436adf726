-- rules: copy-server-file
COPY users TO '/tmp/users.csv' WITH (FORMAT csv, HEADER);
