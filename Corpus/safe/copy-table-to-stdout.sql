-- rules: none
COPY users TO STDOUT;
