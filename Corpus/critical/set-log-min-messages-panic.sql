-- rules: guard-setting
SET log_min_messages TO panic;
