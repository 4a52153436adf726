-- rules: schema-change, unknown-function
CREATE FUNCTION price_with_tax(p numeric) RETURNS numeric LANGUAGE sql AS 'SELECT p * tax_rate(''DE'')';
