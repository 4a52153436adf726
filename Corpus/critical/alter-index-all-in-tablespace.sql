-- rules: tablespace-change
ALTER INDEX ALL IN TABLESPACE fast_space OWNED BY app SET TABLESPACE pg_default;
