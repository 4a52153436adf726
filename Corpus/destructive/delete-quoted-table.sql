-- rules: delete-without-where
DELETE FROM "public"."Sessions";
