-- rules: none
SELECT E'line1\nline2\t\\', E'\x41\u00e9';
