-- rules: write-statement
UPDATE users SET admin = true WHERE 1 = 0;
