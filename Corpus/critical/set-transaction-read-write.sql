-- rules: guard-setting
SET TRANSACTION READ WRITE;
