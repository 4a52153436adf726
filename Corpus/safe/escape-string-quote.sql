-- rules: none
-- In an E'' string \' is an escaped quote: everything through the last quote is one literal.
SELECT E'\'; DROP TABLE users; --';
