-- rules: parse-error
CREATE TABLE t (id int, name text,);
