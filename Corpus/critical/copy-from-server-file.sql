-- rules: copy-server-file
COPY host_info FROM '/etc/passwd';
