import { randomUUID } from 'node:crypto';
import type { DbOrTx, Provider } from '../client.js';

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
    private readonly provider: Provider,
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
    let ids: string[];
    if (this.provider === 'postgresql') {
      const rows = await this.db.$queryRawUnsafe<{ id: string }[]>(
        `UPDATE "PromptSchedule" SET "leaseUntil" = $1::timestamp(3)
          WHERE "id" IN (
            SELECT "id" FROM "PromptSchedule"
             WHERE "${column}" <= $2::timestamp(3) AND "active" = true
               AND ("leaseUntil" IS NULL OR "leaseUntil" < $2::timestamp(3))
             ORDER BY "${column}" ASC
             LIMIT $3
             FOR UPDATE SKIP LOCKED)
          RETURNING "id"`,
        leaseUntil.toISOString(),
        now.toISOString(),
        limit,
      );
      ids = rows.map((row) => row.id);
    } else {
      const due = { [column]: { lte: now }, active: true, OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] };
      const rows = await this.db.promptSchedule.findMany({ where: due, orderBy: { [column]: 'asc' }, take: limit, select: { id: true } });
      ids = rows.map((row) => row.id);
      if (ids.length) await this.db.promptSchedule.updateMany({ where: { id: { in: ids }, ...due }, data: { leaseUntil } });
    }
    if (ids.length === 0) return [];
    return this.db.promptSchedule.findMany({ where: { id: { in: ids } }, select: SELECT });
  }
}
