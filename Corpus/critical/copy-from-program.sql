-- rules: copy-program
COPY host_info FROM PROGRAM 'cat /etc/passwd';
