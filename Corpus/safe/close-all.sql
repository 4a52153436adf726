-- rules: none
CLOSE ALL;
