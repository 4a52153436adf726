-- rules: load-library
LOAD '/tmp/evil.so';
