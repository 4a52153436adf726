-- rules: role-change
BEGIN;
SET LOCAL ROLE admin;
SELECT * FROM payroll;
COMMIT;
