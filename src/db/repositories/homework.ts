import { randomUUID } from 'node:crypto';
import type { FieldCrypto } from '../../privacy/field-crypto.js';
import type { DbOrTx } from '../client.js';

export interface AssignmentRecord {
  id: string;
  kind: string;
  cadence: string;
  instructions: string | null;
  createdAt: Date;
  /** Local dates it was completed on. */
  completedDates: string[];
  /** Settings for the homework kind (Assignment.settings JSON), e.g. `{ "items": ["sleep", "meals"] }`. */
  settings?: Record<string, unknown> | null;
}

/** Homework assignments and their completions. */
export class HomeworkRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly crypto: FieldCrypto,
  ) {}

  async assign(fields: { personId: string; therapistId?: string | null; kind: string; cadence: string; instructions?: string | null; at: Date }): Promise<string> {
    const id = randomUUID();
    await this.db.assignment.create({
      data: {
        id,
        personId: fields.personId,
        therapistId: fields.therapistId ?? null,
        kind: fields.kind,
        cadence: fields.cadence,
        instructionsEnc: fields.instructions ? this.crypto.encrypt(fields.instructions, { table: 'Assignment', column: 'instructionsEnc', rowId: id }) : null,
        createdAt: fields.at,
      },
      select: { id: true },
    });
    return id;
  }

  async listActive(personId: string): Promise<AssignmentRecord[]> {
    const rows = await this.db.assignment.findMany({
      where: { personId, active: true },
      orderBy: { createdAt: 'asc' },
      select: { id: true, kind: true, cadence: true, instructionsEnc: true, settings: true, createdAt: true, completions: { select: { localDate: true }, orderBy: { localDate: 'asc' } } },
    });
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      cadence: row.cadence,
      instructions: row.instructionsEnc ? this.crypto.decrypt(row.instructionsEnc, { table: 'Assignment', column: 'instructionsEnc', rowId: row.id }) : null,
      createdAt: row.createdAt,
      completedDates: row.completions.map((c) => c.localDate),
      settings: parseSettings(row.settings),
    }));
  }

  /** For the export: every assignment, ended ones included, with each completion and what completed it. */
  async listAll(personId: string) {
    const rows = await this.db.assignment.findMany({
      where: { personId },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        kind: true,
        cadence: true,
        instructionsEnc: true,
        dueTime: true,
        settings: true,
        active: true,
        createdAt: true,
        endedAt: true,
        completions: { select: { localDate: true, sourceKind: true, createdAt: true }, orderBy: { localDate: 'asc' } },
      },
    });
    return rows.map(({ instructionsEnc, settings, ...row }) => ({
      ...row,
      instructions: instructionsEnc ? this.crypto.decrypt(instructionsEnc, { table: 'Assignment', column: 'instructionsEnc', rowId: row.id }) : null,
      settings: parseSettings(settings),
    }));
  }

  /**
   * Marks every active assignment of `kind` done for `localDate` (once per day), pointing at what
   * completed it. A "once" assignment is closed. Returns how many were marked.
   */
  async complete(personId: string, kind: string, localDate: string, source: { kind: string; id: string }, at: Date): Promise<number> {
    const assignments = await this.db.assignment.findMany({ where: { personId, kind, active: true }, select: { id: true, cadence: true } });
    return this.markDone(assignments, localDate, source, at);
  }

  /**
   * Marks one of the person's active assignments done for `localDate` (a custom task the client
   * marks done themselves). 1 when marked; 0 when it is not theirs, not active, or already done that day.
   */
  async completeOne(personId: string, assignmentId: string, localDate: string, source: { kind: string; id: string }, at: Date): Promise<number> {
    const assignments = await this.db.assignment.findMany({ where: { id: assignmentId, personId, active: true }, select: { id: true, cadence: true } });
    return this.markDone(assignments, localDate, source, at);
  }

  private async markDone(assignments: { id: string; cadence: string }[], localDate: string, source: { kind: string; id: string }, at: Date): Promise<number> {
    let marked = 0;
    for (const assignment of assignments) {
      const exists = await this.db.homeworkCompletion.findUnique({ where: { assignmentId_localDate: { assignmentId: assignment.id, localDate } }, select: { id: true } });
      if (exists) continue;
      await this.db.homeworkCompletion.create({
        data: { id: randomUUID(), assignmentId: assignment.id, localDate, sourceKind: source.kind, sourceId: source.id, createdAt: at },
        select: { id: true },
      });
      if (assignment.cadence === 'once') await this.db.assignment.update({ where: { id: assignment.id }, data: { active: false, endedAt: at }, select: { id: true } });
      marked++;
    }
    return marked;
  }
}

/** Assignment.settings as an object; null when absent or not a JSON object. */
function parseSettings(raw: string | null): Record<string, unknown> | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
