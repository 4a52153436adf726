-- rules: guard-setting
RESET ALL;
