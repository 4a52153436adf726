-- rules: alter-column-type
ALTER TABLE "shop_order" ALTER COLUMN "total" TYPE numeric(12, 2) USING "total"::numeric(12, 2);
