-- rules: guard-setting
-- backslash_quote = on lets \' end a string in any client encoding.
SET backslash_quote = on;
