-- rules: none
-- Building a string with format() runs nothing.
SELECT format('DROP TABLE %I', 'users'), quote_ident('Users'), quote_literal('x');
