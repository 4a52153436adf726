-- rules: guard-setting
-- SET LOCAL with 0.
SET LOCAL standard_conforming_strings = 0;
