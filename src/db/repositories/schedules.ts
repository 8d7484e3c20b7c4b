import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../client.js';
import type { DirectSql } from '../direct-sql.js';

export interface ScheduleRecord {
  id: string;
  personId: string;
  kind: string;
  localTime: string;
  days: string;
  assignmentId: string | null;
  nextDueAt: Date | null;
  nextLocalDate: string | null;
  lastLocalDate: string | null;
  followUpAt: Date | null;
}

const SELECT = {
  id: true,
  personId: true,
  kind: true,
  localTime: true,
  days: true,
  assignmentId: true,
  nextDueAt: true,
  nextLocalDate: true,
  lastLocalDate: true,
  followUpAt: true,
} as const;

/** Prompt schedules; the scheduler claims due ones by the indexed `nextDueAt` / `followUpAt`. */
export class ScheduleRepository {
  constructor(
    private readonly db: DbOrTx,
    /** Direct statements (src/db/direct-sql.ts), bound like `db`. */
    private readonly sql: DirectSql,
  ) {}

  /** Ids of every schedule of a person (their snooze rate-limit keys start with them). */
  async idsOfPerson(personId: string): Promise<string[]> {
    return (await this.db.promptSchedule.findMany({ where: { personId }, select: { id: true } })).map((row) => row.id);
  }

  /** For the export: every schedule of a person, active or not. */
  listOfPerson(personId: string): Promise<(ScheduleRecord & { active: boolean; createdAt: Date })[]> {
    return this.db.promptSchedule.findMany({ where: { personId }, orderBy: { createdAt: 'asc' }, select: { ...SELECT, active: true, createdAt: true } });
  }

  findForPerson(personId: string, kind: string): Promise<ScheduleRecord | null> {
    return this.db.promptSchedule.findFirst({ where: { personId, kind, assignmentId: null }, select: SELECT });
  }

  async create(fields: { personId: string; kind: string; localTime: string; days?: string; next: { dueAt: Date; localDate: string } }, at: Date): Promise<void> {
    await this.db.promptSchedule.create({
      data: {
        id: randomUUID(),
        personId: fields.personId,
        kind: fields.kind,
        localTime: fields.localTime,
        days: fields.days ?? 'daily',
        nextDueAt: fields.next.dueAt,
        nextLocalDate: fields.next.localDate,
        createdAt: at,
      },
      select: { id: true },
    });
  }

  async update(id: string, fields: Partial<Pick<ScheduleRecord, 'localTime' | 'days' | 'nextDueAt' | 'nextLocalDate' | 'lastLocalDate' | 'followUpAt'>>): Promise<void> {
    await this.db.promptSchedule.update({ where: { id }, data: { ...fields, leaseUntil: null }, select: { id: true } });
  }

  /**
   * Claims up to `limit` schedules whose `column` instant has come, with a lease so no other
   * instance fires them meanwhile. Cost is proportional to what is due (indexed range scan).
   */
  async claimDue(column: 'nextDueAt' | 'followUpAt', now: Date, leaseMs: number, limit: number): Promise<ScheduleRecord[]> {
    const leaseUntil = new Date(now.getTime() + leaseMs);
    // One statement: SQLite runs it under its write lock, PostgreSQL skips rows another
    // instance's claim has locked.
    const rows = await this.sql.all<{ id: string }>(
      `UPDATE "PromptSchedule" SET "leaseUntil" = ?
        WHERE "id" IN (
          SELECT "id" FROM "PromptSchedule"
           WHERE "${column}" <= ? AND "active" = true AND ("leaseUntil" IS NULL OR "leaseUntil" < ?)
           ORDER BY "${column}" ASC
           LIMIT ? ${this.sql.dialect === 'postgresql' ? 'FOR UPDATE SKIP LOCKED' : ''})
        RETURNING "id"`,
      leaseUntil,
      now,
      now,
      limit,
    );
    const ids = rows.map((row) => row.id);
    if (ids.length === 0) return [];
    return this.db.promptSchedule.findMany({ where: { id: { in: ids } }, select: SELECT });
  }
}
