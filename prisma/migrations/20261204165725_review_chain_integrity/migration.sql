-- AlterTable
ALTER TABLE "agency" ADD COLUMN     "go_live_on" DATE;

-- AlterTable
ALTER TABLE "item_revision" ADD COLUMN     "review_comment" TEXT,
ALTER COLUMN "disclosure" DROP DEFAULT;
