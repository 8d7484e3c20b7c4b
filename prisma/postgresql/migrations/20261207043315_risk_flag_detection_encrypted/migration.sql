-- AlterTable
ALTER TABLE "RiskFlag" DROP COLUMN "detectorVersion",
DROP COLUMN "matched",
ADD COLUMN     "detectionEnc" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");
