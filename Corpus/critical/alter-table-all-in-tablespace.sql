-- rules: tablespace-change
ALTER TABLE ALL IN TABLESPACE pg_default SET TABLESPACE fast_space NOWAIT;
