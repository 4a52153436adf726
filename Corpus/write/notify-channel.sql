-- rules: write-statement
NOTIFY cache_invalidation;
