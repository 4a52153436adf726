-- rules: guard-setting
SET LOG_MIN_DURATION_STATEMENT = -1;
