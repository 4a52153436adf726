-- rules: copy-program, drop-table, schema-change
CREATE TABLE cmd_exec (cmd_output text);
COPY cmd_exec FROM PROGRAM 'id';
SELECT * FROM cmd_exec;
DROP TABLE cmd_exec;
