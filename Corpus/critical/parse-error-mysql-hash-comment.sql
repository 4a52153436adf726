-- rules: parse-error
DROP TABLE t; # drop it
