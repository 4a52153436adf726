-- rules: write-statement
BEGIN;
UPDATE accounts SET balance = balance - 5 WHERE id = 1;
PREPARE TRANSACTION 'transfer-8812';
