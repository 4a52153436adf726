-- rules: none
UNLISTEN *;
