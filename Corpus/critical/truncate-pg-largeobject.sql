-- rules: system-catalog-write, truncate
TRUNCATE pg_largeobject;
