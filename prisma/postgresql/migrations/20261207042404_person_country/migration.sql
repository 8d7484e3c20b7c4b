-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "country" TEXT;
