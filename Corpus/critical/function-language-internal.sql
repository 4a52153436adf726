-- rules: schema-change, untrusted-language
CREATE FUNCTION my_int4pl(int4, int4) RETURNS int4 LANGUAGE internal STRICT AS 'int4pl';
