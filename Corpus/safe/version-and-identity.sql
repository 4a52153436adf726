-- rules: none
SELECT version(), current_user, session_user, current_database(), pg_backend_pid(), inet_server_port();
