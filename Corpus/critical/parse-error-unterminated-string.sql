-- rules: parse-error
SELECT 'unterminated;
