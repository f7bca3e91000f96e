-- CreateEnum
CREATE TYPE "applicant_type" AS ENUM ('NATURAL_PERSON', 'COMMERCIAL', 'RESEARCH', 'PUBLIC_INTEREST', 'LEGAL_SERVICES', 'OTHER_ORG');

-- CreateEnum
CREATE TYPE "id_document_type" AS ENUM ('RESIDENT_ID', 'PASSPORT', 'HK_MACAO_PASS', 'TAIWAN_PASS', 'OTHER_PERSONAL', 'CREDIT_CODE', 'OTHER_ORG_DOC');

-- CreateEnum
CREATE TYPE "request_channel" AS ENUM ('IN_PERSON', 'LETTER', 'FAX', 'ONLINE', 'EMAIL', 'OTHER');

-- CreateEnum
CREATE TYPE "receipt_basis" AS ENUM ('HANDED_IN', 'SIGNED_FOR', 'CONFIRMED');

-- CreateEnum
CREATE TYPE "information_form" AS ENUM ('PAPER', 'ELECTRONIC');

-- CreateEnum
CREATE TYPE "delivery_method" AS ENUM ('PICKUP', 'POST', 'EMAIL', 'ONLINE');

-- CreateEnum
CREATE TYPE "request_state" AS ENUM ('OPEN', 'WAITING_FOR_APPLICANT', 'PAUSED', 'CLOSED');

-- CreateEnum
CREATE TYPE "request_outcome" AS ENUM ('GRANTED', 'PARTIAL', 'REFUSED_STATE_SECRET', 'REFUSED_PROHIBITED_BY_LAW', 'REFUSED_SECURITY_STABILITY', 'REFUSED_THIRD_PARTY', 'REFUSED_INTERNAL_AFFAIRS', 'REFUSED_PROCESS_INFO', 'REFUSED_ENFORCEMENT_FILE', 'REFUSED_QUERY_MATTER', 'UNABLE_NOT_HELD', 'UNABLE_NEEDS_CREATION', 'UNABLE_STILL_UNCLEAR', 'DECLINED_PETITION', 'DECLINED_DUPLICATE', 'DECLINED_PUBLICATION', 'DECLINED_EXCESSIVE', 'DECLINED_CONFIRMATION', 'OTHER_NO_CORRECTION', 'OTHER_UNPAID_FEE', 'OTHER_OTHER');

-- CreateEnum
CREATE TYPE "request_event_kind" AS ENUM ('RECEIVED', 'CORRECTION_NOTICE', 'CORRECTION_RECEIVED', 'CORRECTION_LAPSED', 'CONSULTATION_STARTED', 'CONSULTATION_ENDED', 'FEE_NOTICE', 'FEE_PAID', 'FEE_LAPSED', 'EXTENSION_APPROVED', 'REPLIED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "request_file_kind" AS ENUM ('APPLICANT_UPLOAD', 'SCAN', 'RELEASED', 'REPLY_LETTER');

-- CreateEnum
CREATE TYPE "reply_status" AS ENUM ('DRAFT', 'PENDING_APPROVAL', 'RETURNED', 'APPROVED', 'SENT');

-- CreateEnum
CREATE TYPE "fee_method" AS ENUM ('PER_REQUEST', 'PER_PAGE');

-- CreateEnum
CREATE TYPE "appeal_kind" AS ENUM ('ADMINISTRATIVE_REVIEW', 'LAWSUIT_DIRECT', 'LAWSUIT_AFTER_REVIEW');

-- CreateEnum
CREATE TYPE "appeal_result" AS ENUM ('UPHELD', 'CORRECTED', 'OTHER', 'PENDING');

-- CreateEnum
CREATE TYPE "complaint_kind" AS ENUM ('COMPLAINT', 'REPORT');

-- CreateEnum
CREATE TYPE "outbox_status" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "info_request" (
    "id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "tracking_code" VARCHAR(32) NOT NULL,
    "channel" "request_channel" NOT NULL,
    "applicant_type" "applicant_type" NOT NULL,
    "applicant_name" VARCHAR(200) NOT NULL,
    "contact_person" VARCHAR(100) NOT NULL DEFAULT '',
    "id_type" "id_document_type" NOT NULL,
    "id_number" VARCHAR(50) NOT NULL,
    "phone" VARCHAR(30) NOT NULL,
    "email" VARCHAR(200) NOT NULL DEFAULT '',
    "address" VARCHAR(300) NOT NULL DEFAULT '',
    "postcode" VARCHAR(6) NOT NULL DEFAULT '',
    "description" TEXT NOT NULL,
    "document_hint" VARCHAR(300) NOT NULL DEFAULT '',
    "purpose" TEXT NOT NULL DEFAULT '',
    "form" "information_form" NOT NULL,
    "delivery" "delivery_method" NOT NULL,
    "received_on" DATE NOT NULL,
    "receipt_basis" "receipt_basis" NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "registered_by_id" UUID,
    "assignee_id" UUID,
    "state" "request_state" NOT NULL DEFAULT 'OPEN',
    "due_on" DATE,
    "due_provisional" BOOLEAN NOT NULL DEFAULT false,
    "outcome" "request_outcome",
    "concluded_on" DATE,
    "similar_to_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "info_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "request_event" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "kind" "request_event_kind" NOT NULL,
    "on" DATE NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "public" BOOLEAN NOT NULL DEFAULT true,
    "actor_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "request_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "request_note" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "author_id" UUID NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "request_note_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "request_file" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "reply_id" UUID,
    "kind" "request_file_kind" NOT NULL,
    "file_name" VARCHAR(255) NOT NULL,
    "content_type" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" VARCHAR(64) NOT NULL,
    "storage_key" VARCHAR(200) NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "request_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "request_reply" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "status" "reply_status" NOT NULL DEFAULT 'DRAFT',
    "outcome" "request_outcome" NOT NULL,
    "legal_ground" TEXT NOT NULL,
    "letter_markdown" TEXT NOT NULL,
    "letter_html" TEXT NOT NULL,
    "drafter_id" UUID NOT NULL,
    "submitted_at" TIMESTAMPTZ(3),
    "approved_by_id" UUID,
    "approved_at" TIMESTAMPTZ(3),
    "return_comment" TEXT,
    "sent_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "request_reply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reply_template" (
    "id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "outcome" "request_outcome" NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "body" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reply_template_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fee_notice" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "method" "fee_method" NOT NULL,
    "amount_yuan" INTEGER NOT NULL,
    "pages" INTEGER,
    "nth_in_month" INTEGER,
    "noticed_on" DATE NOT NULL,
    "payment_deadline" DATE NOT NULL,
    "paid_on" DATE,
    "lapsed_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fee_notice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appeal" (
    "id" UUID NOT NULL,
    "request_id" UUID NOT NULL,
    "kind" "appeal_kind" NOT NULL,
    "filed_on" DATE NOT NULL,
    "body" VARCHAR(200) NOT NULL DEFAULT '',
    "result" "appeal_result" NOT NULL DEFAULT 'PENDING',
    "concluded_on" DATE,
    "note" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "complaint" (
    "id" UUID NOT NULL,
    "agency_id" UUID NOT NULL,
    "kind" "complaint_kind" NOT NULL,
    "received_on" DATE NOT NULL,
    "summary" TEXT NOT NULL,
    "handled_on" DATE,
    "result" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_email" (
    "id" UUID NOT NULL,
    "to_address" VARCHAR(200) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "text_body" TEXT NOT NULL,
    "topic" VARCHAR(100) NOT NULL DEFAULT '',
    "agency_id" UUID,
    "status" "outbox_status" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_email_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "prefix" VARCHAR(16) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "info_request_tracking_code_key" ON "info_request"("tracking_code");

-- CreateIndex
CREATE INDEX "info_request_agency_id_state_due_on_idx" ON "info_request"("agency_id", "state", "due_on");

-- CreateIndex
CREATE INDEX "info_request_agency_id_received_on_idx" ON "info_request"("agency_id", "received_on");

-- CreateIndex
CREATE INDEX "info_request_agency_id_concluded_on_idx" ON "info_request"("agency_id", "concluded_on");

-- CreateIndex
CREATE INDEX "info_request_id_number_idx" ON "info_request"("id_number");

-- CreateIndex
CREATE INDEX "request_event_request_id_on_created_at_idx" ON "request_event"("request_id", "on", "created_at");

-- CreateIndex
CREATE INDEX "request_note_request_id_created_at_idx" ON "request_note"("request_id", "created_at");

-- CreateIndex
CREATE INDEX "request_file_request_id_kind_idx" ON "request_file"("request_id", "kind");

-- CreateIndex
CREATE INDEX "request_reply_request_id_status_idx" ON "request_reply"("request_id", "status");

-- CreateIndex
CREATE INDEX "request_reply_status_idx" ON "request_reply"("status");

-- CreateIndex
CREATE UNIQUE INDEX "reply_template_agency_id_outcome_key" ON "reply_template"("agency_id", "outcome");

-- CreateIndex
CREATE INDEX "fee_notice_request_id_idx" ON "fee_notice"("request_id");

-- CreateIndex
CREATE INDEX "fee_notice_paid_on_idx" ON "fee_notice"("paid_on");

-- CreateIndex
CREATE INDEX "appeal_request_id_idx" ON "appeal"("request_id");

-- CreateIndex
CREATE INDEX "appeal_filed_on_idx" ON "appeal"("filed_on");

-- CreateIndex
CREATE INDEX "complaint_agency_id_received_on_idx" ON "complaint"("agency_id", "received_on");

-- CreateIndex
CREATE INDEX "outbox_email_status_next_attempt_at_idx" ON "outbox_email"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "outbox_email_agency_id_created_at_idx" ON "outbox_email"("agency_id", "created_at" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");

-- CreateIndex
CREATE INDEX "api_token_user_id_idx" ON "api_token"("user_id");

-- AddForeignKey
ALTER TABLE "info_request" ADD CONSTRAINT "info_request_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "info_request" ADD CONSTRAINT "info_request_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_event" ADD CONSTRAINT "request_event_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "info_request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_event" ADD CONSTRAINT "request_event_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_note" ADD CONSTRAINT "request_note_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "info_request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_note" ADD CONSTRAINT "request_note_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_file" ADD CONSTRAINT "request_file_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "info_request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_file" ADD CONSTRAINT "request_file_reply_id_fkey" FOREIGN KEY ("reply_id") REFERENCES "request_reply"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_reply" ADD CONSTRAINT "request_reply_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "info_request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "request_reply" ADD CONSTRAINT "request_reply_drafter_id_fkey" FOREIGN KEY ("drafter_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reply_template" ADD CONSTRAINT "reply_template_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fee_notice" ADD CONSTRAINT "fee_notice_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "info_request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appeal" ADD CONSTRAINT "appeal_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "info_request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "complaint" ADD CONSTRAINT "complaint_agency_id_fkey" FOREIGN KEY ("agency_id") REFERENCES "agency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_token" ADD CONSTRAINT "api_token_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Invariants kept by the database (not modelled by Prisma).
-- A concluded request always carries its annual-report row and the day it ended.
ALTER TABLE "info_request" ADD CONSTRAINT "info_request_closed_check" CHECK (
  "state" <> 'CLOSED' OR ("outcome" IS NOT NULL AND "concluded_on" IS NOT NULL)
);
ALTER TABLE "fee_notice" ADD CONSTRAINT "fee_notice_amount_check" CHECK ("amount_yuan" >= 0);
-- Extensions are 1–20 working days each (the total is checked by the clock).
ALTER TABLE "request_event" ADD CONSTRAINT "request_event_extension_check" CHECK (
  "kind" <> 'EXTENSION_APPROVED' OR (("data"->>'workingDays')::int BETWEEN 1 AND 20)
);
