-- CreateEnum
CREATE TYPE "disclosure_attribute" AS ENUM ('PROACTIVE', 'ON_REQUEST', 'WITHHELD', 'NOT_GOVERNMENT_INFO');

-- CreateEnum
CREATE TYPE "withhold_ground" AS ENUM ('STATE_SECRET', 'PROHIBITED_BY_LAW', 'SECURITY_STABILITY', 'THIRD_PARTY', 'INTERNAL_AFFAIRS', 'PROCESS_INFO', 'ENFORCEMENT_FILE');

-- CreateEnum
CREATE TYPE "genre" AS ENUM ('ORDER', 'DECISION', 'ANNOUNCEMENT', 'PUBLIC_NOTICE', 'NOTICE', 'CIRCULAR', 'MOTION', 'REPORT', 'REQUEST', 'REPLY', 'OPINION', 'LETTER', 'MINUTES', 'INTERPRETATION', 'OTHER');

-- CreateEnum
CREATE TYPE "document_kind" AS ENUM ('REGULATION', 'NORMATIVE_DOCUMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "channel" AS ENUM ('WEBSITE', 'GAZETTE', 'BULLETIN_BOARD', 'PRESS_CONFERENCE', 'NEW_MEDIA', 'OTHER');

-- CreateEnum
CREATE TYPE "validity" AS ENUM ('VALID', 'REPEALED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "item_state" AS ENUM ('DRAFT', 'PUBLISHED', 'WITHHELD', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "revision_status" AS ENUM ('DRAFT', 'PENDING_REVIEW', 'PENDING_APPROVAL', 'RETURNED', 'APPROVED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "item_origin" AS ENUM ('CONSOLE', 'IMPORT', 'REQUEST');

-- CreateEnum
CREATE TYPE "day_kind" AS ENUM ('HOLIDAY', 'WORKDAY');

-- AlterTable
ALTER TABLE "agency" ADD COLUMN     "index_number_pattern" VARCHAR(100) NOT NULL DEFAULT '{agencyCode}/{year}-{serial:5}',
ADD COLUMN     "withheld_review_months" INTEGER NOT NULL DEFAULT 12;

-- CreateTable
CREATE TABLE "catalogue_category" (
    "id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "parent_id" UUID,
    "name" VARCHAR(100) NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "catalogue_category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item" (
    "id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "state" "item_state" NOT NULL DEFAULT 'DRAFT',
    "origin" "item_origin" NOT NULL DEFAULT 'CONSOLE',
    "index_number" VARCHAR(64),
    "live_revision_id" UUID,
    "published_on" DATE,
    "published_at" TIMESTAMPTZ(3),
    "validity" "validity" NOT NULL DEFAULT 'VALID',
    "validity_changed_on" DATE,
    "pending_validity" "validity",
    "pending_validity_on" DATE,
    "pending_validity_by_id" UUID,
    "pending_validity_reason" TEXT,
    "withdrawn_at" TIMESTAMPTZ(3),
    "withdrawn_reason" TEXT,
    "review_due_on" DATE,
    "interprets_item_id" UUID,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_revision" (
    "id" UUID NOT NULL,
    "item_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "revision_status" NOT NULL DEFAULT 'DRAFT',
    "title" VARCHAR(300) NOT NULL,
    "document_number" VARCHAR(100) NOT NULL DEFAULT '',
    "written_on" DATE NOT NULL,
    "subject_category" VARCHAR(4) NOT NULL,
    "catalogue_category_id" UUID,
    "genre" "genre" NOT NULL,
    "document_kind" "document_kind" NOT NULL DEFAULT 'OTHER',
    "channels" "channel"[],
    "keywords" TEXT[],
    "summary" TEXT NOT NULL DEFAULT '',
    "body_markdown" TEXT NOT NULL DEFAULT '',
    "body_html" TEXT NOT NULL DEFAULT '',
    "disclosure" "disclosure_attribute" NOT NULL DEFAULT 'PROACTIVE',
    "withhold_ground" "withhold_ground",
    "withhold_reason" TEXT,
    "drafter_id" UUID NOT NULL,
    "submitted_at" TIMESTAMPTZ(3),
    "reviewed_by_id" UUID,
    "reviewed_at" TIMESTAMPTZ(3),
    "approved_by_id" UUID,
    "approved_at" TIMESTAMPTZ(3),
    "returned_by_id" UUID,
    "returned_at" TIMESTAMPTZ(3),
    "return_comment" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "item_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attachment" (
    "id" UUID NOT NULL,
    "revision_id" UUID NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "content_type" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "storage_key" VARCHAR(200) NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "index_serial" (
    "agency_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "index_serial_pkey" PRIMARY KEY ("agency_id","year")
);

-- CreateTable
CREATE TABLE "calendar_override" (
    "id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "kind" "day_kind" NOT NULL,
    "note" VARCHAR(300) NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_override_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_year" (
    "year" INTEGER NOT NULL,
    "note" VARCHAR(300) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_year_pkey" PRIMARY KEY ("year")
);

-- CreateIndex
CREATE INDEX "catalogue_category_agency_id_sort_order_idx" ON "catalogue_category"("agency_id", "sort_order");

-- CreateIndex
CREATE UNIQUE INDEX "catalogue_category_agency_id_parent_id_name_key" ON "catalogue_category"("agency_id", "parent_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "item_index_number_key" ON "item"("index_number");

-- CreateIndex
CREATE UNIQUE INDEX "item_live_revision_id_key" ON "item"("live_revision_id");

-- CreateIndex
CREATE INDEX "item_agency_id_state_published_at_idx" ON "item"("agency_id", "state", "published_at" DESC);

-- CreateIndex
CREATE INDEX "item_agency_id_review_due_on_idx" ON "item"("agency_id", "review_due_on");

-- CreateIndex
CREATE INDEX "item_interprets_item_id_idx" ON "item"("interprets_item_id");

-- CreateIndex
CREATE INDEX "item_revision_status_item_id_idx" ON "item_revision"("status", "item_id");

-- CreateIndex
CREATE INDEX "item_revision_drafter_id_status_idx" ON "item_revision"("drafter_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "item_revision_item_id_number_key" ON "item_revision"("item_id", "number");

-- CreateIndex
CREATE INDEX "attachment_revision_id_sort_order_idx" ON "attachment"("revision_id", "sort_order");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_override_date_key" ON "calendar_override"("date");

-- AddForeignKey
ALTER TABLE "catalogue_category" ADD CONSTRAINT "catalogue_category_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalogue_category" ADD CONSTRAINT "catalogue_category_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "catalogue_category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item" ADD CONSTRAINT "item_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item" ADD CONSTRAINT "item_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item" ADD CONSTRAINT "item_live_revision_id_fkey" FOREIGN KEY ("live_revision_id") REFERENCES "item_revision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item" ADD CONSTRAINT "item_interprets_item_id_fkey" FOREIGN KEY ("interprets_item_id") REFERENCES "item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_revision" ADD CONSTRAINT "item_revision_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_revision" ADD CONSTRAINT "item_revision_drafter_id_fkey" FOREIGN KEY ("drafter_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_revision" ADD CONSTRAINT "item_revision_catalogue_category_id_fkey" FOREIGN KEY ("catalogue_category_id") REFERENCES "catalogue_category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attachment" ADD CONSTRAINT "attachment_revision_id_fkey" FOREIGN KEY ("revision_id") REFERENCES "item_revision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "index_serial" ADD CONSTRAINT "index_serial_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_override" ADD CONSTRAINT "calendar_override_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Invariants the database keeps even if application code is wrong (not modelled by Prisma).
-- Anything but 主动公开 carries a legal ground and a written reason once it leaves the drafter.
ALTER TABLE "item_revision" ADD CONSTRAINT "item_revision_withhold_reason_check" CHECK (
  "status" IN ('DRAFT', 'RETURNED')
  OR "disclosure" = 'PROACTIVE'
  OR ("withhold_ground" IS NOT NULL AND length(btrim(coalesce("withhold_reason", ''))) > 0)
);
-- A published item always has its 索引号 and the revision the public sees.
ALTER TABLE "item" ADD CONSTRAINT "item_published_check" CHECK (
  "state" <> 'PUBLISHED' OR ("index_number" IS NOT NULL AND "live_revision_id" IS NOT NULL)
);
