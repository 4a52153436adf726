-- rules: none
SELECT "users".* FROM "users" WHERE "users"."email" = $1 LIMIT $2;
