-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "platformMessageId" TEXT;

-- AlterTable
ALTER TABLE "RiskFlag" ADD COLUMN     "acknowledgedByNameEnc" TEXT,
ADD COLUMN     "escalatedAt" TIMESTAMP(3);
