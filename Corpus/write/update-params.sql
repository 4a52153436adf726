-- rules: write-statement
UPDATE "users" SET "sign_in_count" = $1, "updated_at" = $2 WHERE "users"."id" = $3;
