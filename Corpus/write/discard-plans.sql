-- rules: write-statement
DISCARD PLANS;
