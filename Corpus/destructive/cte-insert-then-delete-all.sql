-- rules: data-modifying-cte, delete-without-where, write-statement
WITH logged AS (INSERT INTO admin_log (action) VALUES ('wipe sessions') RETURNING 1) DELETE FROM sessions;
