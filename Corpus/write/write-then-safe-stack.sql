-- rules: write-statement
SELECT 1; INSERT INTO pings DEFAULT VALUES; SELECT 2;
