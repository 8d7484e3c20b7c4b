-- CreateTable
CREATE TABLE "PromptSchedule" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "localTime" TEXT NOT NULL,
    "days" TEXT NOT NULL DEFAULT 'daily',
    "assignmentId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "nextDueAt" TIMESTAMP(3),
    "nextLocalDate" TEXT,
    "lastLocalDate" TEXT,
    "followUpAt" TIMESTAMP(3),
    "leaseUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PromptSchedule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentResult" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "instrument" TEXT NOT NULL,
    "instrumentVersion" TEXT NOT NULL,
    "answersEnc" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "band" TEXT NOT NULL,
    "localDate" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentResult_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PromptSchedule_nextDueAt_idx" ON "PromptSchedule"("nextDueAt");

-- CreateIndex
CREATE INDEX "PromptSchedule_followUpAt_idx" ON "PromptSchedule"("followUpAt");

-- CreateIndex
CREATE INDEX "PromptSchedule_personId_kind_idx" ON "PromptSchedule"("personId", "kind");

-- CreateIndex
CREATE INDEX "AssessmentResult_personId_instrument_createdAt_idx" ON "AssessmentResult"("personId", "instrument", "createdAt");

-- AddForeignKey
ALTER TABLE "PromptSchedule" ADD CONSTRAINT "PromptSchedule_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentResult" ADD CONSTRAINT "AssessmentResult_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
