-- rules: guard-setting
-- Any spelling of false turns the setting off.
SET standard_conforming_strings TO false;
