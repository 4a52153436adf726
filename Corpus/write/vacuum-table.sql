-- rules: write-statement
VACUUM orders;
