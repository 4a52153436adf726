-- rules: none
SELECT * FROM U&"d\0061ta" WHERE U&"n\0061me" = U&'\00e9t\00e9';
