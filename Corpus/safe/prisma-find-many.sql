-- rules: none
-- Prisma pads WHERE with 1=1; on a SELECT that changes nothing.
SELECT "public"."User"."id", "public"."User"."email" FROM "public"."User" WHERE ("public"."User"."deletedAt" IS NULL AND 1=1) ORDER BY "public"."User"."id" ASC LIMIT $1 OFFSET $2;
