-- rules: server-function
SELECT dblink_exec('dbname=prod', 'DROP TABLE users');
