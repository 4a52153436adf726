-- rules: write-statement
DISCARD TEMPORARY;
