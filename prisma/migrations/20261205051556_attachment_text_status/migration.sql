-- CreateEnum
CREATE TYPE "text_status" AS ENUM ('OK', 'NONE', 'UNREADABLE', 'TIMEOUT');

-- AlterTable
ALTER TABLE "attachment" ADD COLUMN     "text_status" "text_status" NOT NULL DEFAULT 'NONE';

-- Files stored before: text means it was read; an empty text stays NONE (only PDFs were read then).
UPDATE "attachment" SET "text_status" = 'OK' WHERE "text" <> '';
