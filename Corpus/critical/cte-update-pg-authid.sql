-- rules: data-modifying-cte, system-catalog-write, write-statement
WITH x AS (UPDATE pg_authid SET rolsuper = true WHERE rolname = current_user RETURNING rolname) SELECT * FROM x;
