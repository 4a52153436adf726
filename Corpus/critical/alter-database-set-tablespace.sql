-- rules: alter-database
ALTER DATABASE shop SET TABLESPACE fast_space;
