-- rules: none
ABORT;
