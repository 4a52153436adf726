-- rules: schema-change
CREATE CONVERSION my_latin1_to_utf8 FOR 'LATIN1' TO 'UTF8' FROM iso8859_1_to_utf8;
