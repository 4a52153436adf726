-- rules: none
-- Nothing but comments: zero statements.
/* DROP TABLE users; */
-- DELETE FROM orders;
