-- rules: write-statement
CHECKPOINT;
