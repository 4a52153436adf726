-- rules: none
-- PostgreSQL block comments nest: the first */ does not end the outer comment.
SELECT 1 /* outer /* inner */ ; DROP TABLE users; */;
