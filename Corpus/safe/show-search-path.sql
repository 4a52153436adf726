-- rules: none
SHOW search_path;
