-- rules: drop-table, write-statement
DROP TABLE "old_reports";
DELETE FROM "schema_migrations" WHERE "schema_migrations"."version" = '20230101000000';
