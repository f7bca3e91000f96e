-- CreateEnum
CREATE TYPE "report_format" AS ENUM ('LEGACY_2008', 'TRIAL_2019', 'GOV_2021');

-- CreateEnum
CREATE TYPE "report_scope" AS ENUM ('OWN', 'COMBINED');

-- CreateEnum
CREATE TYPE "report_status" AS ENUM ('DRAFT', 'PENDING_APPROVAL', 'RETURNED', 'PUBLISHED');

-- CreateTable
CREATE TABLE "annual_report" (
    "id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "scope" "report_scope" NOT NULL DEFAULT 'OWN',
    "format" "report_format" NOT NULL,
    "status" "report_status" NOT NULL DEFAULT 'DRAFT',
    "introduction" TEXT NOT NULL DEFAULT '',
    "overview" TEXT NOT NULL DEFAULT '',
    "problems" TEXT NOT NULL DEFAULT '',
    "other_matters" TEXT NOT NULL DEFAULT '',
    "correction_reason" TEXT NOT NULL DEFAULT '',
    "submitted_by_id" UUID,
    "submitted_at" TIMESTAMPTZ(3),
    "return_comment" TEXT NOT NULL DEFAULT '',
    "updated_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "annual_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "annual_report_version" (
    "id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "format" "report_format" NOT NULL,
    "figures" JSONB NOT NULL,
    "narrative" JSONB NOT NULL,
    "correction_reason" TEXT NOT NULL DEFAULT '',
    "submitted_by_id" UUID NOT NULL,
    "approved_by_id" UUID NOT NULL,
    "published_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_on" DATE NOT NULL,

    CONSTRAINT "annual_report_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_manual_figure" (
    "id" UUID NOT NULL,
    "report_id" UUID NOT NULL,
    "key" VARCHAR(60) NOT NULL,
    "value" DECIMAL(16,4) NOT NULL,
    "source" VARCHAR(300) NOT NULL,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "report_manual_figure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_historical_figure" (
    "id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "key" VARCHAR(60) NOT NULL,
    "this_year" INTEGER NOT NULL,
    "cumulative" INTEGER NOT NULL,
    "source" VARCHAR(300) NOT NULL,
    "updated_by_id" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "report_historical_figure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "annual_report_agency_id_year_scope_key" ON "annual_report"("agency_id", "year", "scope");

-- CreateIndex
CREATE UNIQUE INDEX "annual_report_version_report_id_number_key" ON "annual_report_version"("report_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "report_manual_figure_report_id_key_key" ON "report_manual_figure"("report_id", "key");

-- CreateIndex
CREATE UNIQUE INDEX "report_historical_figure_agency_id_year_key_key" ON "report_historical_figure"("agency_id", "year", "key");

-- AddForeignKey
ALTER TABLE "annual_report" ADD CONSTRAINT "annual_report_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "annual_report_version" ADD CONSTRAINT "annual_report_version_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "annual_report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_manual_figure" ADD CONSTRAINT "report_manual_figure_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "annual_report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "report_historical_figure" ADD CONSTRAINT "report_historical_figure_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A published version is the record of what the agency published: it is never changed or removed. A correction
-- is a new version with its reason.
CREATE FUNCTION annual_report_version_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'annual_report_version is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$fn$;

CREATE TRIGGER annual_report_version_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "annual_report_version"
  FOR EACH ROW EXECUTE FUNCTION annual_report_version_append_only();

-- Report years are calendar years since the 条例 took effect (2008).
ALTER TABLE "annual_report" ADD CONSTRAINT "annual_report_year_check" CHECK ("year" BETWEEN 2008 AND 2200);
ALTER TABLE "report_historical_figure" ADD CONSTRAINT "report_historical_figure_check"
  CHECK ("year" BETWEEN 2008 AND 2200 AND "this_year" >= 0 AND "cumulative" >= "this_year");
