-- rules: parse-error
SELEC 1;
