-- rules: guard-setting
SET row_security = off;
