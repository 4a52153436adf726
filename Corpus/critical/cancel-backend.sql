-- rules: server-function
SELECT pg_cancel_backend(4242);
