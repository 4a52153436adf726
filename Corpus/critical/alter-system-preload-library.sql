-- rules: alter-system
ALTER SYSTEM SET shared_preload_libraries = 'evil';
