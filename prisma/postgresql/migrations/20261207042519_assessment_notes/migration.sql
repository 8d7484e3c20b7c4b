-- AlterTable
ALTER TABLE "AssessmentResult" ADD COLUMN     "notes" TEXT NOT NULL DEFAULT '[]';
