-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "platformMessageId" TEXT;

-- AlterTable
ALTER TABLE "RiskFlag" ADD COLUMN "acknowledgedByNameEnc" TEXT;
ALTER TABLE "RiskFlag" ADD COLUMN "escalatedAt" DATETIME;
