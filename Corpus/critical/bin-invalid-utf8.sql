-- rules: parse-error
-- A lone 0xFF byte is not UTF-8: the input cannot be trusted to mean anything.
SELECT 'cafÿ';
