import { randomUUID } from 'node:crypto';
import type { OutboundMessage } from '../../core/messages.js';
import type { FieldCrypto } from '../../core/privacy/field-crypto.js';
import { platformOf } from '../../core/events.js';
import type { DbOrTx, Provider } from '../client.js';

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'unknown' | 'dead';

export interface OutboxEnqueue {
  /** Same key, same message: a second enqueue is a no-op (across restarts and instances). */
  idempotencyKey: string;
  address: string;
  message: OutboundMessage;
  dueAt: Date;
  priority?: number;
}

export interface ClaimedMessage {
  id: string;
  idempotencyKey: string;
  address: string;
  platform: string;
  message: OutboundMessage;
  attempts: number;
  priority: number;
}

const TABLE = 'OutboxMessage';

/** How Prisma stores a DateTime in SQLite: ISO 8601 text with an explicit +00:00. */
function sqliteTimestamp(at: Date): string {
  return at.toISOString().replace('Z', '+00:00');
}

let lastStamp = 0;
/**
 * Strictly increasing creation stamps within this process: messages due at the same instant are
 * delivered in the order they were enqueued (replies of one update, updates of one conversation).
 */
function monotonicNow(): Date {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return new Date(lastStamp);
}

/** The durable queue of everything the core says. Message bodies are encrypted at rest. */
export class OutboxRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly provider: Provider,
    private readonly crypto: FieldCrypto,
  ) {}

  /** Adds a message unless one with the same idempotency key exists; returns whether it was added. */
  async enqueue(item: OutboxEnqueue): Promise<boolean> {
    const id = randomUUID();
    const data = {
      id,
      idempotencyKey: item.idempotencyKey,
      address: item.address,
      platform: platformOf(item.address),
      payloadEnc: this.crypto.encryptJson(item.message, { table: TABLE, column: 'payloadEnc', rowId: id }),
      priority: item.priority ?? (item.message.urgent ? 10 : 0),
      dueAt: item.dueAt,
      createdAt: monotonicNow(),
    };
    // ON CONFLICT DO NOTHING: a duplicate is a no-op and must not abort the surrounding transaction.
    // Raw SQL because it is the hot path (every reply); the timestamp text matches each provider's
    // own representation (PostgreSQL timestamp(3); Prisma's SQLite ISO text with +00:00).
    const pg = this.provider === 'postgresql';
    const timestamp = (at: Date) => (pg ? at.toISOString() : sqliteTimestamp(at));
    const values = pg ? "$1, $2, $3, $4, $5, $6, 'pending', 0, $7::timestamp(3), $8::timestamp(3)" : "?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?";
    const inserted = await this.db.$executeRawUnsafe(
      `INSERT INTO "OutboxMessage" ("id", "idempotencyKey", "address", "platform", "payloadEnc", "priority", "status", "attempts", "dueAt", "createdAt")
       VALUES (${values})
       ON CONFLICT ("idempotencyKey") DO NOTHING`,
      data.id,
      data.idempotencyKey,
      data.address,
      data.platform,
      data.payloadEnc,
      data.priority,
      timestamp(data.dueAt),
      timestamp(data.createdAt),
    );
    return inserted === 1;
  }

  /**
   * Claims up to `limit` messages for `platform` that are due (or whose previous claim's lease has
   * expired), highest priority first. Each claim counts as an attempt. Safe with several workers:
   * PostgreSQL skips rows another transaction has locked; on SQLite the conditional update only
   * takes rows still unclaimed, and the claim token says which ones this call got.
   */
  async claimDue(platform: string, now: Date, leaseMs: number, limit: number, workerId: string): Promise<ClaimedMessage[]> {
    const token = `${workerId}:${randomUUID()}`;
    const leaseUntil = new Date(now.getTime() + leaseMs);
    if (this.provider === 'postgresql') {
      await this.db.$executeRawUnsafe(
        `UPDATE "OutboxMessage" SET "status" = 'sending', "leaseUntil" = $1::timestamp(3), "claimedBy" = $2,
                "attempts" = "attempts" + 1
          WHERE "id" IN (
            SELECT "id" FROM "OutboxMessage"
             WHERE "platform" = $3
               AND (("status" = 'pending' AND "dueAt" <= $4::timestamp(3))
                 OR ("status" = 'sending' AND "leaseUntil" < $4::timestamp(3)))
             ORDER BY "priority" DESC, "dueAt" ASC, "createdAt" ASC
             LIMIT $5
             FOR UPDATE SKIP LOCKED)`,
        leaseUntil.toISOString(),
        token,
        platform,
        now.toISOString(),
        limit,
      );
    } else {
      const candidates = await this.db.outboxMessage.findMany({
        where: { platform, ...this.dueWhere(now) },
        orderBy: [{ priority: 'desc' }, { dueAt: 'asc' }, { createdAt: 'asc' }],
        take: limit,
        select: { id: true },
      });
      if (candidates.length === 0) return [];
      await this.db.outboxMessage.updateMany({
        where: { id: { in: candidates.map((row) => row.id) }, ...this.dueWhere(now) },
        data: { status: 'sending', leaseUntil, claimedBy: token, attempts: { increment: 1 } },
      });
    }
    const rows = await this.db.outboxMessage.findMany({
      where: { claimedBy: token, status: 'sending' },
      orderBy: [{ priority: 'desc' }, { dueAt: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, idempotencyKey: true, address: true, platform: true, payloadEnc: true, attempts: true, priority: true },
    });
    return rows.map((row) => ({
      id: row.id,
      idempotencyKey: row.idempotencyKey,
      address: row.address,
      platform: row.platform,
      attempts: row.attempts,
      priority: row.priority,
      message: this.crypto.decryptJson<OutboundMessage>(row.payloadEnc, { table: TABLE, column: 'payloadEnc', rowId: row.id }),
    }));
  }

  private dueWhere(now: Date) {
    return {
      OR: [
        { status: 'pending', dueAt: { lte: now } },
        { status: 'sending', leaseUntil: { lt: now } },
      ],
    };
  }

  /** Whether a message with this idempotency key was ever enqueued (to skip building it again). */
  async exists(idempotencyKey: string): Promise<boolean> {
    return (await this.db.outboxMessage.count({ where: { idempotencyKey } })) > 0;
  }

  async markSent(id: string, at: Date): Promise<void> {
    await this.markSentMany([id], at);
  }

  /** Marks several messages sent in one statement (the worker batches its acknowledgements). */
  async markSentMany(ids: string[], at: Date): Promise<void> {
    if (ids.length === 0) return;
    await this.db.outboxMessage.updateMany({ where: { id: { in: ids } }, data: { status: 'sent', sentAt: at, leaseUntil: null, lastError: null } });
  }

  /** Puts a message back in the queue, not before `dueAt`. `error` is a class name or code, never content. */
  async markRetry(id: string, dueAt: Date, error: string): Promise<void> {
    await this.db.outboxMessage.update({
      where: { id },
      data: { status: 'pending', dueAt, leaseUntil: null, claimedBy: null, lastError: error },
      select: { id: true },
    });
  }

  /** Gives up: the message stays for inspection (`npm run outbox -- --dead`). */
  async markDead(id: string, error: string): Promise<void> {
    await this.db.outboxMessage.update({
      where: { id },
      data: { status: 'dead', leaseUntil: null, lastError: error },
      select: { id: true },
    });
  }

  /** The send may or may not have reached the platform; not re-sent automatically. */
  async markUnknown(id: string, error: string): Promise<void> {
    await this.db.outboxMessage.update({
      where: { id },
      data: { status: 'unknown', leaseUntil: null, lastError: error },
      select: { id: true },
    });
  }

  /** When the next message for `platform` falls due, to sleep until then. */
  async nextDueAt(platform: string): Promise<Date | null> {
    const row = await this.db.outboxMessage.findFirst({
      where: { platform, status: 'pending' },
      orderBy: { dueAt: 'asc' },
      select: { dueAt: true },
    });
    return row?.dueAt ?? null;
  }

  async countByStatus(): Promise<Record<string, number>> {
    const groups = await this.db.outboxMessage.groupBy({ by: ['status'], _count: { _all: true } });
    return Object.fromEntries(groups.map((group) => [group.status, group._count._all]));
  }

  /** Dead or unknown messages, without their content. */
  listFailed(statuses: OutboxStatus[] = ['dead', 'unknown'], take = 100) {
    return this.db.outboxMessage.findMany({
      where: { status: { in: statuses } },
      orderBy: { createdAt: 'desc' },
      take,
      select: { id: true, idempotencyKey: true, platform: true, status: true, attempts: true, lastError: true, createdAt: true },
    });
  }

  /** Platforms that have something pending, so idle lanes need not poll. */
  async platformsWithPending(): Promise<string[]> {
    const rows = await this.db.outboxMessage.findMany({
      where: { status: { in: ['pending', 'sending'] } },
      distinct: ['platform'],
      select: { platform: true },
    });
    return rows.map((row) => row.platform);
  }
}
