import { randomUUID } from 'node:crypto';
import type { OutboundMessage } from '../../core/messages.js';
import type { FieldCrypto } from '../../privacy/field-crypto.js';
import { platformOf } from '../../core/events.js';
import type { DbOrTx } from '../client.js';
import { toDate, type DirectSql } from '../direct-sql.js';

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'unknown' | 'dead';

export interface OutboxEnqueue {
  /** Same key, same message: a second enqueue is a no-op (across restarts and instances). */
  idempotencyKey: string;
  address: string;
  message: OutboundMessage;
  dueAt: Date;
  priority?: number;
}

/** Claim order: higher first. */
export const OUTBOX_PRIORITY = {
  /** Risk alerts and crisis responses. */
  urgent: 10,
  /** Replies to someone talking to us right now: ahead of any broadcast. */
  reply: 5,
  /** Prompts, reminders, summaries, notices. */
  normal: 0,
} as const;

/** A claim made while enqueueing: who holds the message, and until when. */
export interface OutboxClaim {
  token: string;
  leaseUntil: Date;
}

export interface ClaimedMessage {
  id: string;
  idempotencyKey: string;
  address: string;
  platform: string;
  message: OutboundMessage;
  attempts: number;
  priority: number;
  /** Parts of this message already in the chat (see {@link OutboxRepository.recordPartSent}). */
  partsSent: number;
}

const TABLE = 'OutboxMessage';

/** A claimed row as the driver returns it (SQLite: timestamps as text). */
interface ClaimedRow {
  id: string;
  idempotencyKey: string;
  address: string;
  platform: string;
  payloadEnc: string;
  attempts: number;
  priority: number;
  partsSent: number;
  dueAt: string | Date;
  createdAt: string | Date;
}

/** Messages read back to find the last one shown: more than any timed guidance enqueued ahead. */
const LAST_SHOWN_LOOKBACK = 20;

const time = (value: string | Date) => toDate(value)!.getTime();

/**
 * Marks messages sent: (sentAt, {id: platformMessageId} as JSON, [ids] as JSON). The one statement
 * whose text differs by database: each has its own JSON functions.
 */
const MARK_SENT_SQL = {
  sqlite: `UPDATE "OutboxMessage" SET "status" = 'sent', "sentAt" = ?, "leaseUntil" = NULL, "lastError" = NULL,
                  "platformMessageId" = COALESCE((SELECT m."value" FROM json_each(?) AS m WHERE m."key" = "OutboxMessage"."id"), "platformMessageId")
            WHERE "id" IN (SELECT "value" FROM json_each(?))`,
  postgresql: `UPDATE "OutboxMessage" SET "status" = 'sent', "sentAt" = ?, "leaseUntil" = NULL, "lastError" = NULL,
                      "platformMessageId" = COALESCE(?::jsonb ->> "id", "platformMessageId")
                WHERE "id" IN (SELECT jsonb_array_elements_text(?::jsonb))`,
} as const;

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
    private readonly crypto: FieldCrypto,
    /** Direct statements for the hot path (src/db/direct-sql.ts), bound like `db`. */
    private readonly sql: DirectSql,
  ) {}

  /** Messages this instance added (for the core to know whether to wake the delivery worker). */
  added = 0;

  /** Adds a message unless one with the same idempotency key exists; returns whether it was added. */
  async enqueue(item: OutboxEnqueue): Promise<boolean> {
    return (await this.insert(item, undefined)) !== null;
  }

  /**
   * Adds a message already claimed by the caller's worker (status `sending`, one attempt, a lease),
   * to be handed to it in memory once the transaction commits: no claim query for replies. If the
   * process dies first, the lease runs out and any worker claims it as usual. Null for a duplicate.
   */
  enqueueClaimed(item: OutboxEnqueue, claim: OutboxClaim): Promise<ClaimedMessage | null> {
    return this.insert(item, claim);
  }

  private async insert(item: OutboxEnqueue, claim: OutboxClaim | undefined): Promise<ClaimedMessage | null> {
    const id = randomUUID();
    const platform = platformOf(item.address);
    const priority = item.priority ?? (item.message.urgent ? OUTBOX_PRIORITY.urgent : OUTBOX_PRIORITY.normal);
    const payloadEnc = this.crypto.encryptJson(item.message, { table: TABLE, column: 'payloadEnc', rowId: id });
    const createdAt = monotonicNow();
    const status = claim ? 'sending' : 'pending';
    const attempts = claim ? 1 : 0;
    // ON CONFLICT DO NOTHING: a duplicate is a no-op and must not abort the surrounding transaction.
    // Raw SQL because it is the hot path (every reply).
    const inserted = await this.sql.run(
      `INSERT INTO "OutboxMessage" ("id", "idempotencyKey", "address", "platform", "payloadEnc", "priority", "status", "attempts", "claimedBy", "dueAt", "createdAt", "leaseUntil")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("idempotencyKey") DO NOTHING`,
      id,
      item.idempotencyKey,
      item.address,
      platform,
      payloadEnc,
      priority,
      status,
      attempts,
      claim?.token ?? null,
      item.dueAt,
      createdAt,
      claim?.leaseUntil ?? null,
    );
    if (inserted !== 1) return null;
    this.added++;
    return { id, idempotencyKey: item.idempotencyKey, address: item.address, platform, message: item.message, attempts, priority, partsSent: 0 };
  }

  /**
   * Claims up to `limit` messages for `platform` that are due (or whose previous claim's lease has
   * expired), highest priority first. Each claim counts as an attempt. Safe with several workers:
   * PostgreSQL skips rows another transaction has locked; on SQLite the conditional update only
   * takes rows still unclaimed, and the claim token says which ones this call got. With
   * `addresses`, only messages to those conversations are claimed (a terminal chat delivers to its
   * own person only).
   */
  async claimDue(platform: string, now: Date, leaseMs: number, limit: number, workerId: string, addresses?: readonly string[]): Promise<ClaimedMessage[]> {
    const token = `${workerId}:${randomUUID()}`;
    const leaseUntil = new Date(now.getTime() + leaseMs);
    if (addresses?.length === 0) return [];
    const only = addresses ? ` AND "address" IN (${addresses.map(() => '?').join(', ')})` : '';
    // One statement. SQLite runs it under its write lock, so two processes cannot claim a row
    // twice; PostgreSQL skips rows another transaction has locked. RETURNING has no order; the
    // sort below restores it.
    const rows = await this.sql.all<ClaimedRow>(
      `UPDATE "OutboxMessage" SET "status" = 'sending', "leaseUntil" = ?, "claimedBy" = ?, "attempts" = "attempts" + 1
        WHERE "id" IN (
          SELECT "id" FROM "OutboxMessage"
           WHERE "platform" = ?${only}
             AND (("status" = 'pending' AND "dueAt" <= ?) OR ("status" = 'sending' AND "leaseUntil" < ?))
           ORDER BY "priority" DESC, "dueAt" ASC, "createdAt" ASC
           LIMIT ? ${this.sql.dialect === 'postgresql' ? 'FOR UPDATE SKIP LOCKED' : ''})
        RETURNING "id", "idempotencyKey", "address", "platform", "payloadEnc", "attempts", "priority", "partsSent", "dueAt", "createdAt"`,
      leaseUntil,
      token,
      platform,
      ...(addresses ?? []),
      now,
      now,
      limit,
    );
    rows.sort((a, b) => b.priority - a.priority || time(a.dueAt) - time(b.dueAt) || time(a.createdAt) - time(b.createdAt));
    return rows.map((row) => this.toClaimed(row));
  }

  private toClaimed(row: Omit<ClaimedRow, 'dueAt' | 'createdAt'>): ClaimedMessage {
    return {
      id: row.id,
      idempotencyKey: row.idempotencyKey,
      address: row.address,
      platform: row.platform,
      attempts: row.attempts,
      priority: row.priority,
      partsSent: row.partsSent,
      message: this.crypto.decryptJson<OutboundMessage>(row.payloadEnc, { table: TABLE, column: 'payloadEnc', rowId: row.id }),
    };
  }

  /**
   * Removes every message to these addresses, whatever its state: queued prompts and follow-ups
   * must not reach someone who erased their data, and sent ones still hold (encrypted) what was
   * said to them. A send already under way finishes; its acknowledgement then finds nothing.
   */
  async deleteForAddresses(addresses: string[]): Promise<number> {
    if (addresses.length === 0) return 0;
    const { count } = await this.db.outboxMessage.deleteMany({ where: { address: { in: addresses } } });
    return count;
  }

  /** Deletes these messages, whatever their state (sent ones marked to be forgotten once sent). */
  async forget(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.outboxMessage.deleteMany({ where: { id: { in: ids } } });
  }

  /** Forgets finished messages: sent ones created before `sentBefore`, dead and unknown ones before `failedBefore`. */
  async prune(sentBefore: Date, failedBefore: Date): Promise<number> {
    const sent = await this.db.outboxMessage.deleteMany({ where: { status: 'sent', createdAt: { lt: sentBefore } } });
    const failed = await this.db.outboxMessage.deleteMany({ where: { status: { in: ['dead', 'unknown'] }, createdAt: { lt: failedBefore } } });
    return sent.count + failed.count;
  }

  /** Whether a message with this idempotency key was ever enqueued (to skip building it again). */
  async exists(idempotencyKey: string): Promise<boolean> {
    return (await this.db.outboxMessage.count({ where: { idempotencyKey } })) > 0;
  }

  async markSent(id: string, at: Date, platformMessageId?: string): Promise<void> {
    await this.markSentMany([id], at, platformMessageId === undefined ? undefined : new Map([[id, platformMessageId]]));
  }

  /**
   * Marks several messages sent in one statement (the worker batches its acknowledgements).
   * `platformMessageIds` maps the ids of those the platform gave an id to (the adapter's
   * `SendReceipt`) to that id; the others keep whatever they had.
   */
  async markSentMany(ids: string[], at: Date, platformMessageIds: ReadonlyMap<string, string> = new Map()): Promise<void> {
    if (ids.length === 0) return;
    const messageIds = JSON.stringify(Object.fromEntries(platformMessageIds));
    await this.sql.run(MARK_SENT_SQL[this.sql.dialect], at, messageIds, JSON.stringify(ids));
  }

  /**
   * Messages whose idempotency key starts with `prefix`, oldest first, without their content: what
   * was said about one thing (a risk flag's alerts), where, and whether and as what it was sent.
   */
  findByKeyPrefix(prefix: string): Promise<{ id: string; idempotencyKey: string; address: string; status: string; platformMessageId: string | null }[]> {
    return this.db.outboxMessage.findMany({
      where: { idempotencyKey: { startsWith: prefix } },
      orderBy: { createdAt: 'asc' },
      select: { id: true, idempotencyKey: true, address: true, status: true, platformMessageId: true },
    });
  }

  /**
   * Withdraws messages no worker has claimed yet (a reminder nobody needs any more). One already
   * claimed is left to its worker. Returns how many were withdrawn.
   */
  async withdrawPending(ids: string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const { count } = await this.db.outboxMessage.deleteMany({ where: { id: { in: ids }, status: 'pending' } });
    return count;
  }

  /**
   * Records that the first `partsSent` parts of a split message are in the chat, as each one is
   * sent: a retry after a failure — or after this process dies — resumes after them. Only for
   * messages a platform splits (rare), so one small update per extra part.
   */
  async recordPartSent(id: string, partsSent: number): Promise<void> {
    await this.db.outboxMessage.updateMany({ where: { id, partsSent: { lt: partsSent } }, data: { partsSent } });
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

  /**
   * The latest message to `address` that has fallen due by `now` (what the person saw last, or is
   * about to see), decrypted; null when none is kept. Timed guidance enqueued ahead counts once due.
   */
  async lastShown(address: string, now: Date): Promise<OutboundMessage | null> {
    return (await this.lastShownRow(address, now))?.message ?? null;
  }

  /**
   * {@link lastShown} with the platform's id of that message once it is sent (for an edit: of the
   * message it replaced, or the new one it became), so a reply can replace it in place.
   */
  async lastShownRow(address: string, now: Date): Promise<{ message: OutboundMessage; platformMessageId: string | null } | null> {
    const rows = await this.db.outboxMessage.findMany({
      where: { address, status: { not: 'dead' } },
      orderBy: [{ dueAt: 'desc' }, { createdAt: 'desc' }],
      take: LAST_SHOWN_LOOKBACK,
      select: { id: true, payloadEnc: true, dueAt: true, platformMessageId: true },
    });
    const row = rows.find((candidate) => candidate.dueAt.getTime() <= now.getTime());
    if (!row) return null;
    const message = this.crypto.decryptJson<OutboundMessage>(row.payloadEnc, { table: TABLE, column: 'payloadEnc', rowId: row.id });
    return { message, platformMessageId: row.platformMessageId };
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
