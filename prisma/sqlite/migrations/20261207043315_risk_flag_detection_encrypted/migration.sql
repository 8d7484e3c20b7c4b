-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_RiskFlag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "detectionEnc" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" DATETIME,
    "acknowledgedBy" TEXT,
    "acknowledgedByNameEnc" TEXT,
    "lastAlertedAt" DATETIME,
    "escalatedAt" DATETIME,
    CONSTRAINT "RiskFlag_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_RiskFlag" ("acknowledgedAt", "acknowledgedBy", "acknowledgedByNameEnc", "createdAt", "escalatedAt", "id", "lastAlertedAt", "personId", "severity", "source") SELECT "acknowledgedAt", "acknowledgedBy", "acknowledgedByNameEnc", "createdAt", "escalatedAt", "id", "lastAlertedAt", "personId", "severity", "source" FROM "RiskFlag";
DROP TABLE "RiskFlag";
ALTER TABLE "new_RiskFlag" RENAME TO "RiskFlag";
CREATE INDEX "RiskFlag_personId_createdAt_idx" ON "RiskFlag"("personId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");
