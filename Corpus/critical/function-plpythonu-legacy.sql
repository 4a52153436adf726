-- rules: schema-change, untrusted-language
CREATE FUNCTION py2() RETURNS text LANGUAGE plpythonu AS 'return "x"';
