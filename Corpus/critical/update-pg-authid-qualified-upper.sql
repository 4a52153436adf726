-- rules: system-catalog-write, write-statement
UPDATE PG_CATALOG.PG_AUTHID SET rolbypassrls = true WHERE rolname = current_user;
