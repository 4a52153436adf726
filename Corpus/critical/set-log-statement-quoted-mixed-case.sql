-- rules: guard-setting
-- Setting names are case-insensitive, even quoted.
SET "Log_Statement" TO 'none';
