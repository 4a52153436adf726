-- rules: alter-database
ALTER DATABASE shop RESET ALL;
