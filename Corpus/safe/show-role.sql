-- rules: none
SHOW role;
