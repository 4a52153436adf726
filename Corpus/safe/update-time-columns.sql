-- rules: none
SELECT id, update_time, delete_after, grant_level FROM documents WHERE update_time > now() - interval '1 hour';
