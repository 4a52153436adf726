-- rules: parse-error
-- One bad statement makes the whole input a single parse-error.
DROP TABLE users; SELEC 1;
