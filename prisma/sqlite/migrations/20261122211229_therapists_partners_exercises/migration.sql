-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN "dueTime" TEXT;
ALTER TABLE "Assignment" ADD COLUMN "settings" TEXT;

-- AlterTable
ALTER TABLE "RiskFlag" ADD COLUMN "lastAlertedAt" DATETIME;

-- CreateTable
CREATE TABLE "TherapistProfile" (
    "personId" TEXT NOT NULL PRIMARY KEY,
    "teamId" TEXT NOT NULL,
    "slackUserId" TEXT NOT NULL,
    "summaryAddress" TEXT NOT NULL,
    "detailLevel" TEXT NOT NULL DEFAULT 'clinical',
    "weeklyDay" TEXT NOT NULL DEFAULT 'mon',
    "summaryTime" TEXT NOT NULL DEFAULT '08:00',
    "dailyDigest" BOOLEAN NOT NULL DEFAULT false,
    "approvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TherapistProfile_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartnerInvite" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "codeHash" TEXT NOT NULL,
    "inviterId" TEXT NOT NULL,
    "share" TEXT NOT NULL DEFAULT 'done',
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Partnership" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "aId" TEXT NOT NULL,
    "bId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "aShare" TEXT NOT NULL DEFAULT 'done',
    "bShare" TEXT NOT NULL DEFAULT 'done',
    "aNameEnc" TEXT,
    "bNameEnc" TEXT,
    "aNoteEnc" TEXT,
    "bNoteEnc" TEXT,
    "aConfirmedAt" DATETIME,
    "bConfirmedAt" DATETIME,
    "blockedBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME
);

-- CreateTable
CREATE TABLE "ExerciseEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "contentEnc" TEXT NOT NULL,
    "localDate" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'done',
    "followUpAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ExerciseEntry_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CareLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientId" TEXT NOT NULL,
    "therapistId" TEXT NOT NULL,
    "aliasEnc" TEXT,
    "consentScope" TEXT NOT NULL DEFAULT 'clinical',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    CONSTRAINT "CareLink_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CareLink_therapistId_fkey" FOREIGN KEY ("therapistId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_CareLink" ("aliasEnc", "clientId", "createdAt", "endedAt", "id", "therapistId") SELECT "aliasEnc", "clientId", "createdAt", "endedAt", "id", "therapistId" FROM "CareLink";
DROP TABLE "CareLink";
ALTER TABLE "new_CareLink" RENAME TO "CareLink";
CREATE INDEX "CareLink_clientId_idx" ON "CareLink"("clientId");
CREATE INDEX "CareLink_therapistId_idx" ON "CareLink"("therapistId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "TherapistProfile_teamId_slackUserId_key" ON "TherapistProfile"("teamId", "slackUserId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerInvite_codeHash_key" ON "PartnerInvite"("codeHash");

-- CreateIndex
CREATE INDEX "PartnerInvite_inviterId_idx" ON "PartnerInvite"("inviterId");

-- CreateIndex
CREATE INDEX "Partnership_aId_status_idx" ON "Partnership"("aId", "status");

-- CreateIndex
CREATE INDEX "Partnership_bId_status_idx" ON "Partnership"("bId", "status");

-- CreateIndex
CREATE INDEX "ExerciseEntry_personId_kind_createdAt_idx" ON "ExerciseEntry"("personId", "kind", "createdAt");

-- CreateIndex
CREATE INDEX "ExerciseEntry_followUpAt_idx" ON "ExerciseEntry"("followUpAt");
