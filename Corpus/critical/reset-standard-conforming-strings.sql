-- rules: guard-setting
-- RESET returns to a server default that may be off.
RESET standard_conforming_strings;
