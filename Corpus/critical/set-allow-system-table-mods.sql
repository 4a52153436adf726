-- rules: guard-setting
SET allow_system_table_mods = on;
