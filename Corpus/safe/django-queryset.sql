-- rules: none
SELECT "shop_order"."id", "shop_order"."status", "shop_order"."created", "auth_user"."username" FROM "shop_order" INNER JOIN "auth_user" ON ("shop_order"."user_id" = "auth_user"."id") WHERE ("shop_order"."status" = 'open' AND "shop_order"."created" >= '2024-01-01T00:00:00+00:00'::timestamptz) ORDER BY "shop_order"."created" DESC LIMIT 21;
