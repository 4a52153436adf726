-- rules: none
SELECT sourcefile, name, setting, applied FROM pg_file_settings;
