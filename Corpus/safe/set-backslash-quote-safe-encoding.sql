-- rules: none
-- The default value of backslash_quote.
SET backslash_quote = safe_encoding;
