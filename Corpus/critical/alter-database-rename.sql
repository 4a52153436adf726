-- rules: alter-database
ALTER DATABASE shop RENAME TO shop_old;
