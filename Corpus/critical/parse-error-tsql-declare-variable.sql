-- rules: parse-error
DECLARE @n INT = 5;
