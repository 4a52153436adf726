-- rules: write-statement
UPDATE imports SET processed = true WHERE CURRENT OF import_cursor;
