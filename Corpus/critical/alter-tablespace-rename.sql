-- rules: tablespace-change
ALTER TABLESPACE fast_space RENAME TO nvme_space;
