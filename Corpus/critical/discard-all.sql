-- rules: guard-setting
DISCARD ALL;
