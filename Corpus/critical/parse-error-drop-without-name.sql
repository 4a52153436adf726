-- rules: parse-error
DROP TABLE;
