-- rules: none
SELECT "comments".* FROM "comments" WHERE "comments"."post_id" IN ($1, $2, $3) ORDER BY "comments"."created_at" ASC;
