-- AlterTable
ALTER TABLE "CareLink" ADD COLUMN "lastSessionAt" DATETIME;
ALTER TABLE "CareLink" ADD COLUMN "nextSessionAt" DATETIME;
ALTER TABLE "CareLink" ADD COLUMN "sessionRule" TEXT;
ALTER TABLE "CareLink" ADD COLUMN "sessionTime" TEXT;
ALTER TABLE "CareLink" ADD COLUMN "sessionZone" TEXT;

-- CreateIndex
CREATE INDEX "CareLink_nextSessionAt_idx" ON "CareLink"("nextSessionAt");
