-- rules: guard-setting
SET session_preload_libraries = 'evil';
