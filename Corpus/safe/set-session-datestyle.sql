-- rules: none
SET SESSION DateStyle TO ISO, DMY;
