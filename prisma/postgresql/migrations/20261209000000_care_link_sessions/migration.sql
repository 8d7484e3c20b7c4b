-- AlterTable
ALTER TABLE "CareLink" ADD COLUMN     "lastSessionAt" TIMESTAMP(3),
ADD COLUMN     "nextSessionAt" TIMESTAMP(3),
ADD COLUMN     "sessionRule" TEXT,
ADD COLUMN     "sessionTime" TEXT,
ADD COLUMN     "sessionZone" TEXT;

-- CreateIndex
CREATE INDEX "CareLink_nextSessionAt_idx" ON "CareLink"("nextSessionAt");
