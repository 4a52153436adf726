-- rules: parse-error
USE production;
