-- rules: guard-setting
SET zero_damaged_pages = on;
