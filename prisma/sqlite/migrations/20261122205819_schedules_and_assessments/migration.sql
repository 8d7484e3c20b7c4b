-- CreateTable
CREATE TABLE "PromptSchedule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "localTime" TEXT NOT NULL,
    "days" TEXT NOT NULL DEFAULT 'daily',
    "assignmentId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "nextDueAt" DATETIME,
    "nextLocalDate" TEXT,
    "lastLocalDate" TEXT,
    "followUpAt" DATETIME,
    "leaseUntil" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PromptSchedule_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AssessmentResult" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "instrument" TEXT NOT NULL,
    "instrumentVersion" TEXT NOT NULL,
    "answersEnc" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "band" TEXT NOT NULL,
    "localDate" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AssessmentResult_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "PromptSchedule_nextDueAt_idx" ON "PromptSchedule"("nextDueAt");

-- CreateIndex
CREATE INDEX "PromptSchedule_followUpAt_idx" ON "PromptSchedule"("followUpAt");

-- CreateIndex
CREATE INDEX "PromptSchedule_personId_kind_idx" ON "PromptSchedule"("personId", "kind");

-- CreateIndex
CREATE INDEX "AssessmentResult_personId_instrument_createdAt_idx" ON "AssessmentResult"("personId", "instrument", "createdAt");
