-- rules: write-statement
INSERT INTO "schema_migrations" ("version") VALUES ('20240611093000');
