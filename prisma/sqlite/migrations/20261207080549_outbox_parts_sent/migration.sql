-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "idempotencyKey" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "payloadEnc" TEXT NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "dueAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "leaseUntil" DATETIME,
    "claimedBy" TEXT,
    "sentAt" DATETIME,
    "platformMessageId" TEXT,
    "partsSent" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_OutboxMessage" ("address", "attempts", "claimedBy", "createdAt", "dueAt", "id", "idempotencyKey", "lastError", "leaseUntil", "payloadEnc", "platform", "platformMessageId", "priority", "sentAt", "status") SELECT "address", "attempts", "claimedBy", "createdAt", "dueAt", "id", "idempotencyKey", "lastError", "leaseUntil", "payloadEnc", "platform", "platformMessageId", "priority", "sentAt", "status" FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
CREATE UNIQUE INDEX "OutboxMessage_idempotencyKey_key" ON "OutboxMessage"("idempotencyKey");
CREATE INDEX "OutboxMessage_status_platform_dueAt_idx" ON "OutboxMessage"("status", "platform", "dueAt");
CREATE INDEX "OutboxMessage_address_idx" ON "OutboxMessage"("address");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
