-- rules: tablespace-change
CREATE TABLESPACE fast_space LOCATION '/mnt/nvme/pg';
