-- rules: write-statement
UPDATE users SET verified = true WHERE 1=1 AND id = 5;
