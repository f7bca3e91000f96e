-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "sign_in_unlocked_at" TIMESTAMPTZ(3);
