-- rules: truncate
TRUNCATE orders;
