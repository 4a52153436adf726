-- rules: drop-object
DROP CONVERSION my_latin1_to_utf8;
DROP ACCESS METHOD heap2;
