-- 行政复议/行政诉讼 without a request (条例 art. 51: failure to publish proactively, 更正 requests, other): an
-- appeal now belongs to an agency directly, says what it is about, and has a request only when it is about one.
-- CreateEnum
CREATE TYPE "appeal_subject" AS ENUM ('REQUEST_REPLY', 'PROACTIVE_DISCLOSURE', 'CORRECTION', 'OTHER');

-- AlterTable: existing appeals are all about a request; their agency is the request's.
ALTER TABLE "appeal" ADD COLUMN     "agency_id" UUID,
ADD COLUMN     "subject" "appeal_subject" NOT NULL DEFAULT 'REQUEST_REPLY',
ADD COLUMN     "summary" VARCHAR(500) NOT NULL DEFAULT '',
ALTER COLUMN "request_id" DROP NOT NULL;

UPDATE "appeal" ap SET "agency_id" = q."agency_id" FROM "info_request" q WHERE q."id" = ap."request_id";

ALTER TABLE "appeal" ALTER COLUMN "agency_id" SET NOT NULL;

-- A request exactly when the case is about a reply to one.
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_request_iff_reply"
  CHECK (("subject" = 'REQUEST_REPLY') = ("request_id" IS NOT NULL));

-- CreateIndex
CREATE INDEX "appeal_agency_id_filed_on_idx" ON "appeal"("agency_id", "filed_on");

-- AddForeignKey
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
