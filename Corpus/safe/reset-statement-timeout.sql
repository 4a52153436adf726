-- rules: none
RESET statement_timeout;
