-- rules: guard-setting, write-statement
START TRANSACTION ISOLATION LEVEL SERIALIZABLE, READ WRITE;
UPDATE accounts SET balance = balance + 1000 WHERE id = 7;
COMMIT;
