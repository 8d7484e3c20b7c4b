-- AlterTable
ALTER TABLE "TherapistProfile" ADD COLUMN     "homeworkTargetPercent" INTEGER;
