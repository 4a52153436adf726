-- rules: guard-setting
SET safeupdate.enabled = 0;
