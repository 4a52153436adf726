-- rules: write-statement
DECLARE locker CURSOR FOR SELECT * FROM ledger WHERE batch = 9 FOR UPDATE;
