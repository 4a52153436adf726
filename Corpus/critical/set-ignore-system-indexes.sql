-- rules: guard-setting
SET ignore_system_indexes = true;
