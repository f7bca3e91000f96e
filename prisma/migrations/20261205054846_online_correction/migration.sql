-- AlterEnum
ALTER TYPE "request_file_kind" ADD VALUE 'CORRECTION_MATERIAL';
