-- rules: privilege-change
GRANT pg_read_server_files, pg_execute_server_program TO agent;
