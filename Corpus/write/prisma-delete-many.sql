-- rules: write-statement
-- Prisma's 1=1 padding is ANDed with a real condition.
DELETE FROM "public"."Session" WHERE ("public"."Session"."expires" < $1 AND 1=1);
