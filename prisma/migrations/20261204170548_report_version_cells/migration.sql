-- The records each cell of a published version counted, frozen with it (issue 18, annual report item 4).
-- AlterTable
ALTER TABLE "annual_report_version" ADD COLUMN     "records_frozen" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "annual_report_version_cell" (
    "version_id" UUID NOT NULL,
    "table" VARCHAR(20) NOT NULL,
    "row" VARCHAR(120) NOT NULL,
    "column" VARCHAR(60) NOT NULL,
    "record_ids" UUID[],

    CONSTRAINT "annual_report_version_cell_pkey" PRIMARY KEY ("version_id","table","row","column")
);

-- AddForeignKey
ALTER TABLE "annual_report_version_cell" ADD CONSTRAINT "annual_report_version_cell_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "annual_report_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Like the version itself, what it froze is never changed or removed.
CREATE FUNCTION annual_report_version_cell_append_only() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'annual_report_version_cell is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$fn$;

CREATE TRIGGER annual_report_version_cell_no_update_or_delete
  BEFORE UPDATE OR DELETE ON "annual_report_version_cell"
  FOR EACH ROW EXECUTE FUNCTION annual_report_version_cell_append_only();
