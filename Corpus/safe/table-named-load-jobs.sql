-- rules: none
SELECT id, "load", status FROM load_jobs WHERE status = 'LOAD';
