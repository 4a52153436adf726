-- rules: write-statement
ANALYZE;
