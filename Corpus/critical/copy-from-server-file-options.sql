-- rules: copy-server-file
COPY leads (email, name) FROM '/srv/import/leads.csv' WITH (FORMAT csv, HEADER true, DELIMITER ';');
