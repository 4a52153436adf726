-- rules: schema-change
ALTER TABLE "orders" ADD COLUMN "channel" varchar(20) DEFAULT 'web' NOT NULL;
ALTER TABLE "orders" ALTER COLUMN "channel" DROP DEFAULT;
