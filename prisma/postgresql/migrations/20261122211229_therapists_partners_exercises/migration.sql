-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "dueTime" TEXT,
ADD COLUMN     "settings" TEXT;

-- AlterTable
ALTER TABLE "CareLink" ADD COLUMN     "consentScope" TEXT NOT NULL DEFAULT 'clinical';

-- AlterTable
ALTER TABLE "RiskFlag" ADD COLUMN     "lastAlertedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "TherapistProfile" (
    "personId" TEXT NOT NULL,
    "teamId" TEXT NOT NULL,
    "slackUserId" TEXT NOT NULL,
    "summaryAddress" TEXT NOT NULL,
    "detailLevel" TEXT NOT NULL DEFAULT 'clinical',
    "weeklyDay" TEXT NOT NULL DEFAULT 'mon',
    "summaryTime" TEXT NOT NULL DEFAULT '08:00',
    "dailyDigest" BOOLEAN NOT NULL DEFAULT false,
    "approvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TherapistProfile_pkey" PRIMARY KEY ("personId")
);

-- CreateTable
CREATE TABLE "PartnerInvite" (
    "id" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "inviterId" TEXT NOT NULL,
    "share" TEXT NOT NULL DEFAULT 'done',
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PartnerInvite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partnership" (
    "id" TEXT NOT NULL,
    "aId" TEXT NOT NULL,
    "bId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "aShare" TEXT NOT NULL DEFAULT 'done',
    "bShare" TEXT NOT NULL DEFAULT 'done',
    "aNameEnc" TEXT,
    "bNameEnc" TEXT,
    "aNoteEnc" TEXT,
    "bNoteEnc" TEXT,
    "aConfirmedAt" TIMESTAMP(3),
    "bConfirmedAt" TIMESTAMP(3),
    "blockedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "Partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExerciseEntry" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "contentEnc" TEXT NOT NULL,
    "localDate" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'done',
    "followUpAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExerciseEntry_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "TherapistProfile" ADD CONSTRAINT "TherapistProfile_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExerciseEntry" ADD CONSTRAINT "ExerciseEntry_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
