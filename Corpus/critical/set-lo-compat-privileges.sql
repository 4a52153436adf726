-- rules: guard-setting
SET lo_compat_privileges = on;
