-- rules: none
SELECT 'SELECT * INTO backup FROM users' AS sql_text;
