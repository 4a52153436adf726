-- rules: load-library
LOAD 'auto_explain';
