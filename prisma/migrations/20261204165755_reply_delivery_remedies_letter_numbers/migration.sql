-- CreateEnum
CREATE TYPE "reply_delivery" AS ENUM ('FILES', 'PICKUP', 'POST', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "not_held_variant" AS ENUM ('NOT_EXIST', 'OTHER_AGENCY');

-- AlterTable
ALTER TABLE "agency" ADD COLUMN     "court" VARCHAR(200) NOT NULL DEFAULT '',
ADD COLUMN     "letter_number_prefix" VARCHAR(50) NOT NULL DEFAULT '',
ADD COLUMN     "review_body" VARCHAR(200) NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "request_reply" ADD COLUMN     "delivery" "reply_delivery",
ADD COLUMN     "delivery_detail" VARCHAR(500) NOT NULL DEFAULT '',
ADD COLUMN     "letter_number" VARCHAR(100),
ADD COLUMN     "not_held_variant" "not_held_variant",
ADD COLUMN     "other_agency_contact" VARCHAR(300) NOT NULL DEFAULT '',
ADD COLUMN     "other_agency_name" VARCHAR(200) NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "letter_serial" (
    "agency_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "letter_serial_pkey" PRIMARY KEY ("agency_id","year")
);

-- AddForeignKey
ALTER TABLE "letter_serial" ADD CONSTRAINT "letter_serial_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Replies written before: a release was always by files (an upload was required), and 本机关不掌握 was the
-- 36 (四) letter.
UPDATE "request_reply" SET "delivery" = 'FILES' WHERE "outcome" IN ('GRANTED', 'PARTIAL');
UPDATE "request_reply" SET "not_held_variant" = 'NOT_EXIST' WHERE "outcome" = 'UNABLE_NOT_HELD';
