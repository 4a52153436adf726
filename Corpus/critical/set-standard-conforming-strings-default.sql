-- rules: guard-setting
-- DEFAULT is a value that cannot be known.
SET standard_conforming_strings TO DEFAULT;
