-- rules: schema-change
CREATE OR REPLACE VIEW eu_customers AS SELECT * FROM customers WHERE region = 'eu' WITH CASCADED CHECK OPTION;
