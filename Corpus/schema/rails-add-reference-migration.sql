-- rules: schema-change, write-statement
-- A Rails migration run: DDL plus the schema_migrations bookkeeping row.
ALTER TABLE "comments" ADD "author_id" bigint;
CREATE INDEX CONCURRENTLY "index_comments_on_author_id" ON "comments" ("author_id");
ALTER TABLE "comments" ADD CONSTRAINT "fk_rails_2fd19c0db7" FOREIGN KEY ("author_id") REFERENCES "users" ("id") NOT VALID;
INSERT INTO "schema_migrations" ("version") VALUES ('20240612101500');
