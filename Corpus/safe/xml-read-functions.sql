-- rules: none
SELECT xpath('/a/b/text()', '<a><b>x</b></a>'::xml), xmlelement(name item, xmlattributes(id AS id), name) FROM products LIMIT 3;
