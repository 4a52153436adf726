-- rules: alter-database
ALTER DATABASE shop REFRESH COLLATION VERSION;
