-- rules: none
SELECT pg_is_in_recovery(), pg_postmaster_start_time(), now() - pg_postmaster_start_time() AS uptime;
