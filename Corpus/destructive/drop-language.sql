-- rules: drop-object
DROP LANGUAGE IF EXISTS plperl;
