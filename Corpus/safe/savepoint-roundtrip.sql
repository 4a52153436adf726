-- rules: none
BEGIN;
SAVEPOINT before_report;
SELECT * FROM report_rows WHERE batch = 3;
ROLLBACK TO SAVEPOINT before_report;
RELEASE SAVEPOINT before_report;
COMMIT;
