-- rules: none
RESET search_path;
