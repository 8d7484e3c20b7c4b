-- AlterTable
ALTER TABLE "PartnerInvite" ADD COLUMN     "nameEnc" TEXT;
