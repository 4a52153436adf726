-- rules: drop-object
DROP TABLESPACE archive_space;
