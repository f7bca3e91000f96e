-- AlterTable
ALTER TABLE "info_request" ADD COLUMN     "correction_notice_late" BOOLEAN NOT NULL DEFAULT false;
