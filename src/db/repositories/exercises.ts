import { randomUUID } from 'node:crypto';
import type { FieldCrypto } from '../../privacy/field-crypto.js';
import type { DbOrTx } from '../client.js';

/** What a client wrote in an exercise: answers by field, as the exercise's kind defines them. Encrypted as one value. */
export type ExerciseContent = Record<string, unknown>;

export type ExerciseStatus = 'open' | 'done';

export interface ExerciseEntryRecord {
  id: string;
  personId: string;
  /** The exercise kind (`safety_plan`, `behavioral_experiment`, …): what an Assignment.kind names. */
  kind: string;
  content: ExerciseContent;
  localDate: string;
  /** `open` while it waits for a follow-up (an experiment's outcome, a practice marked done). */
  status: ExerciseStatus;
  followUpAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const TABLE = 'ExerciseEntry';
const SELECT = { id: true, personId: true, kind: true, contentEnc: true, localDate: true, status: true, followUpAt: true, createdAt: true, updatedAt: true } as const;

/**
 * Guided exercises from the homework library (src/core/exercises). The content is encrypted, bound
 * to its row; kind, status, dates and follow-up time stay in clear for /history, summaries and the
 * follow-up job.
 */
export class ExerciseRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly crypto: FieldCrypto,
  ) {}

  async create(fields: { personId: string; kind: string; content: ExerciseContent; localDate: string; status: ExerciseStatus; followUpAt?: Date | null; at: Date }): Promise<string> {
    const id = randomUUID();
    await this.db.exerciseEntry.create({
      data: {
        id,
        personId: fields.personId,
        kind: fields.kind,
        contentEnc: this.encrypt(id, fields.content),
        localDate: fields.localDate,
        status: fields.status,
        followUpAt: fields.followUpAt ?? null,
        createdAt: fields.at,
        updatedAt: fields.at,
      },
      select: { id: true },
    });
    return id;
  }

  /** One entry of `personId` (never another person's), or null. */
  async find(personId: string, id: string): Promise<ExerciseEntryRecord | null> {
    const row = await this.db.exerciseEntry.findFirst({ where: { id, personId }, select: SELECT });
    return row ? this.toRecord(row) : null;
  }

  /** Replaces the content and status of an entry (a follow-up answered); clears its follow-up time. */
  async complete(personId: string, id: string, content: ExerciseContent, at: Date): Promise<boolean> {
    const { count } = await this.db.exerciseEntry.updateMany({
      where: { id, personId, status: 'open' },
      data: { contentEnc: this.encrypt(id, content), status: 'done', followUpAt: null, updatedAt: at },
    });
    return count === 1;
  }

  /** The newest entry of `kind`, e.g. the current safety plan. */
  async latest(personId: string, kind: string): Promise<ExerciseEntryRecord | null> {
    const row = await this.db.exerciseEntry.findFirst({ where: { personId, kind }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: SELECT });
    return row ? this.toRecord(row) : null;
  }

  /** Entries created since `since`, oldest first; all kinds unless `kind` is given. */
  async listSince(personId: string, since: Date, kind?: string): Promise<ExerciseEntryRecord[]> {
    const rows = await this.db.exerciseEntry.findMany({
      where: { personId, createdAt: { gte: since }, ...(kind && { kind }) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: SELECT,
    });
    return rows.map((row) => this.toRecord(row));
  }

  /**
   * The newest entries of `kind`, newest first — e.g. the group-discussion topics a client prepared
   * (`listRecent(id, 'group_prep', { since })`) for the therapist's summary.
   */
  async listRecent(personId: string, kind: string, options: { since?: Date; limit?: number } = {}): Promise<ExerciseEntryRecord[]> {
    const rows = await this.db.exerciseEntry.findMany({
      where: { personId, kind, ...(options.since && { createdAt: { gte: options.since } }) },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      take: options.limit ?? 20,
      select: SELECT,
    });
    return rows.map((row) => this.toRecord(row));
  }

  /** How many entries of each kind were created since `since` (no content is decrypted). */
  async countByKindSince(personId: string, since: Date): Promise<Record<string, number>> {
    const rows = await this.db.exerciseEntry.groupBy({ by: ['kind'], where: { personId, createdAt: { gte: since } }, _count: { _all: true } });
    return Object.fromEntries(rows.map((row) => [row.kind, row._count._all]));
  }

  /** Ids of open entries whose follow-up time has come, oldest first. */
  async dueFollowUps(now: Date, limit: number): Promise<{ id: string; personId: string; followUpAt: Date }[]> {
    const rows = await this.db.exerciseEntry.findMany({
      where: { status: 'open', followUpAt: { lte: now } },
      orderBy: { followUpAt: 'asc' },
      take: limit,
      select: { id: true, personId: true, followUpAt: true },
    });
    return rows.flatMap((row) => (row.followUpAt ? [{ id: row.id, personId: row.personId, followUpAt: row.followUpAt }] : []));
  }

  /**
   * Takes a due follow-up for this instance: a conditional update that only one caller can win
   * (the row still has the `followUpAt` that was read). The follow-up time is cleared, so it never
   * fires twice; run it in the transaction that enqueues the prompt, so a failure puts it back.
   */
  async claimFollowUp(id: string, followUpAt: Date): Promise<boolean> {
    const { count } = await this.db.exerciseEntry.updateMany({ where: { id, status: 'open', followUpAt }, data: { followUpAt: null } });
    return count === 1;
  }

  private encrypt(id: string, content: ExerciseContent): string {
    return this.crypto.encryptJson(content, { table: TABLE, column: 'contentEnc', rowId: id });
  }

  private toRecord(row: { id: string; personId: string; kind: string; contentEnc: string; localDate: string; status: string; followUpAt: Date | null; createdAt: Date; updatedAt: Date }): ExerciseEntryRecord {
    return {
      id: row.id,
      personId: row.personId,
      kind: row.kind,
      content: this.crypto.decryptJson<ExerciseContent>(row.contentEnc, { table: TABLE, column: 'contentEnc', rowId: row.id }),
      localDate: row.localDate,
      status: row.status === 'open' ? 'open' : 'done',
      followUpAt: row.followUpAt,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }
}
