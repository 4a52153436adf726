-- rules: guard-setting
BEGIN READ WRITE;
