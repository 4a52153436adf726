-- rules: drop-database
DROP DATABASE IF EXISTS production WITH (FORCE);
