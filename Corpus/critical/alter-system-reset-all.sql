-- rules: alter-system
ALTER SYSTEM RESET ALL;
