-- rules: none
SHOW ALL;
