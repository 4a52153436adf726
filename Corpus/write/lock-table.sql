-- rules: write-statement
LOCK TABLE accounts IN SHARE ROW EXCLUSIVE MODE;
