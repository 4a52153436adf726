-- rules: truncate
END; TRUNCATE orders;
