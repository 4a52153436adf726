-- rules: write-statement
DISCARD SEQUENCES;
