-- rules: write-statement
COPY events FROM STDIN WHERE kind <> 'debug';
