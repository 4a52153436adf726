-- rules: system-catalog-write, write-statement
COPY pg_authid FROM STDIN;
