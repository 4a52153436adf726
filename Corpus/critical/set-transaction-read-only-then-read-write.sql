-- rules: guard-setting
-- SET TRANSACTION obeys the last mode.
SET TRANSACTION READ ONLY, READ WRITE;
