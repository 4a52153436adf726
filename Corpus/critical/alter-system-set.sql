-- rules: alter-system
ALTER SYSTEM SET max_connections = 500;
