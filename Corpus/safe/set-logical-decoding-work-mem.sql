-- rules: none
-- Starts with "log" but is not a log_* setting.
SET logical_decoding_work_mem = '64MB';
