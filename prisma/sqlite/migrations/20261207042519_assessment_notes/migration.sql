-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AssessmentResult" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "instrument" TEXT NOT NULL,
    "instrumentVersion" TEXT NOT NULL,
    "answersEnc" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "band" TEXT NOT NULL,
    "localDate" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "notes" TEXT NOT NULL DEFAULT '[]',
    CONSTRAINT "AssessmentResult_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_AssessmentResult" ("answersEnc", "band", "createdAt", "id", "instrument", "instrumentVersion", "localDate", "personId", "total") SELECT "answersEnc", "band", "createdAt", "id", "instrument", "instrumentVersion", "localDate", "personId", "total" FROM "AssessmentResult";
DROP TABLE "AssessmentResult";
ALTER TABLE "new_AssessmentResult" RENAME TO "AssessmentResult";
CREATE INDEX "AssessmentResult_personId_instrument_createdAt_idx" ON "AssessmentResult"("personId", "instrument", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
