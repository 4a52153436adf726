-- rules: none
-- SET TRANSACTION obeys the last mode: read-only.
SET TRANSACTION READ WRITE, READ ONLY;
