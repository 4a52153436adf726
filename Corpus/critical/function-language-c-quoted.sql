-- rules: schema-change, untrusted-language
CREATE FUNCTION my_hash(text) RETURNS int4 AS 'my_ext', 'my_hash' LANGUAGE 'c' STRICT;
