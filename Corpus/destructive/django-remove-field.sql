-- rules: drop-column
ALTER TABLE "shop_order" DROP COLUMN "legacy_code" CASCADE;
