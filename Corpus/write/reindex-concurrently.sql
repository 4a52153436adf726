-- rules: write-statement
REINDEX TABLE CONCURRENTLY orders;
