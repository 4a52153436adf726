-- rules: parse-error
SELECT 'abc' 'def';
