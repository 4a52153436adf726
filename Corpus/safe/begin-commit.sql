-- rules: none
BEGIN;
SELECT * FROM accounts WHERE id = 7;
COMMIT;
