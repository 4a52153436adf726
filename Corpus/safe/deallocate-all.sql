-- rules: none
DEALLOCATE ALL;
