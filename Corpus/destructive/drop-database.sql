-- rules: drop-database
DROP DATABASE analytics;
