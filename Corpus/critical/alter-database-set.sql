-- rules: alter-database
ALTER DATABASE shop SET search_path = app, public;
