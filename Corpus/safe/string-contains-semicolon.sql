-- rules: none
SELECT 'a;b;c' AS s, 'it''s; fine' AS t;
