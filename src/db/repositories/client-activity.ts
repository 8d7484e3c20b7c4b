import type { ThoughtRecordContent } from './thought-records.js';
import type { FieldCrypto } from '../../privacy/field-crypto.js';
import type { DbOrTx } from '../client.js';
import { parseNotes } from './assessments.js';

export interface MoodPoint {
  mood: number;
  emotions: { emotion: string; intensity: number }[];
  localDate: string;
  createdAt: Date;
}

export interface ThoughtRecordStats {
  id: string;
  distortions: string[];
  moodBefore: number | null;
  moodAfter: number | null;
  localDate: string;
}

export interface AssessmentScore {
  instrument: string;
  total: number;
  band: string;
  /** Keys of the result's notes ("low_item"). */
  notes: string[];
  localDate: string;
  createdAt: Date;
}

/** A result in the window, with its stored answers: item scores and unscored answers' codes. */
export interface AssessmentScoreWithAnswers extends AssessmentScore {
  answers: Record<string, number>;
}

/** One questionnaire administration, numbers only. */
export interface AssessmentPoint {
  instrument: string;
  version: string;
  total: number;
  localDate: string;
}

export interface AssignmentProgress {
  id: string;
  kind: string;
  cadence: string;
  createdAt: Date;
  endedAt: Date | null;
  active: boolean;
  /** Local dates completed. */
  completedDates: string[];
}

/**
 * Narrow reads of a client's activity for therapist summaries: numbers and ids from fixed lists.
 * Free text is only decrypted by {@link ClientActivityRepository.thoughtRecordTexts}, which the
 * core calls at the `full` detail level alone.
 */
export class ClientActivityRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly crypto: FieldCrypto,
  ) {}

  async moodPoints(personId: string, since: Date, until: Date): Promise<MoodPoint[]> {
    const rows = await this.db.checkIn.findMany({
      where: { personId, createdAt: { gte: since, lt: until } },
      orderBy: { createdAt: 'asc' },
      select: { mood: true, emotions: true, localDate: true, createdAt: true },
    });
    return rows.map((row) => ({ ...row, emotions: JSON.parse(row.emotions) as MoodPoint['emotions'] }));
  }

  async thoughtRecordStats(personId: string, since: Date, until: Date): Promise<ThoughtRecordStats[]> {
    const rows = await this.db.thoughtRecord.findMany({
      where: { personId, createdAt: { gte: since, lt: until } },
      orderBy: { createdAt: 'asc' },
      select: { id: true, distortions: true, moodBefore: true, moodAfter: true, localDate: true },
    });
    return rows.map((row) => ({ ...row, distortions: JSON.parse(row.distortions) as string[] }));
  }

  /** Decrypts thought-record content: only for the `full` detail level. */
  async thoughtRecordTexts(personId: string, since: Date, until: Date): Promise<{ id: string; localDate: string; content: ThoughtRecordContent }[]> {
    const rows = await this.db.thoughtRecord.findMany({
      where: { personId, createdAt: { gte: since, lt: until } },
      orderBy: { createdAt: 'asc' },
      select: { id: true, contentEnc: true, localDate: true },
    });
    return rows.map((row) => ({
      id: row.id,
      localDate: row.localDate,
      content: this.crypto.decryptJson<ThoughtRecordContent>(row.contentEnc, { table: 'ThoughtRecord', column: 'contentEnc', rowId: row.id }),
    }));
  }

  /**
   * Results in the window, with their answers (numbers from fixed lists), and the one before the
   * window of each instrument, for the change.
   */
  async assessmentScores(personId: string, since: Date, until: Date): Promise<{ inWindow: AssessmentScoreWithAnswers[]; before: AssessmentScore[] }> {
    const select = { instrument: true, total: true, band: true, notes: true, localDate: true, createdAt: true } as const;
    const rows = await this.db.assessmentResult.findMany({
      where: { personId, createdAt: { gte: since, lt: until } },
      orderBy: { createdAt: 'asc' },
      select: { ...select, id: true, answersEnc: true },
    });
    const inWindow = rows.map(({ id, answersEnc, notes, ...row }) => ({
      ...row,
      notes: parseNotes(notes),
      answers: this.crypto.decryptJson<Record<string, number>>(answersEnc, { table: 'AssessmentResult', column: 'answersEnc', rowId: id }),
    }));
    const before: AssessmentScore[] = [];
    for (const instrument of new Set(inWindow.map((row) => row.instrument))) {
      const previous = await this.db.assessmentResult.findFirst({ where: { personId, instrument, createdAt: { lt: since } }, orderBy: { createdAt: 'desc' }, select });
      if (previous) before.push({ ...previous, notes: parseNotes(previous.notes) });
    }
    return { inWindow, before };
  }

  /**
   * Every questionnaire result before `until`, oldest first: instrument, version, total and local
   * date only (nothing decrypted) — for change since the baseline and "not on track" rules.
   */
  async assessmentSeries(personId: string, until: Date): Promise<AssessmentPoint[]> {
    const rows = await this.db.assessmentResult.findMany({
      where: { personId, createdAt: { lt: until } },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { instrument: true, instrumentVersion: true, total: true, localDate: true },
    });
    return rows.map(({ instrumentVersion, ...row }) => ({ ...row, version: instrumentVersion }));
  }

  /** How many entries of each kind the client made in the window: `checkin`, `thought`, `assessment` and each exercise kind. No content is read. */
  async entryCounts(personId: string, since: Date, until: Date): Promise<Record<string, number>> {
    const where = { personId, createdAt: { gte: since, lt: until } };
    const [checkin, thought, assessment, exercises] = await Promise.all([
      this.db.checkIn.count({ where }),
      this.db.thoughtRecord.count({ where }),
      this.db.assessmentResult.count({ where }),
      this.db.exerciseEntry.groupBy({ by: ['kind'], where, _count: { _all: true } }),
    ]);
    return { checkin, thought, assessment, ...Object.fromEntries(exercises.map((row) => [row.kind, row._count._all])) };
  }

  /**
   * The named numeric answers of the client's exercises of these kinds in the window (a stress or
   * belief rating): the content is decrypted here and only finite numbers under `fields` leave.
   */
  async exerciseNumbers(personId: string, kinds: readonly string[], fields: readonly string[], since: Date, until: Date): Promise<{ kind: string; values: Record<string, number> }[]> {
    if (kinds.length === 0) return [];
    const rows = await this.db.exerciseEntry.findMany({
      where: { personId, kind: { in: [...kinds] }, createdAt: { gte: since, lt: until } },
      orderBy: { createdAt: 'asc' },
      select: { id: true, kind: true, contentEnc: true },
    });
    return rows.map((row) => {
      const content = this.crypto.decryptJson<Record<string, unknown>>(row.contentEnc, { table: 'ExerciseEntry', column: 'contentEnc', rowId: row.id });
      const values: Record<string, number> = {};
      for (const field of fields) {
        const value = content[field];
        if (typeof value === 'number' && Number.isFinite(value)) values[field] = value;
      }
      return { kind: row.kind, values };
    });
  }

  /** The latest moment the client did anything (check-in, thought record, questionnaire, exercise). */
  async lastActivityAt(personId: string): Promise<Date | null> {
    const latest = await Promise.all([
      this.db.checkIn.findFirst({ where: { personId }, orderBy: { createdAt: 'desc' }, select: { createdAt: true } }),
      this.db.thoughtRecord.findFirst({ where: { personId }, orderBy: { createdAt: 'desc' }, select: { createdAt: true } }),
      this.db.assessmentResult.findFirst({ where: { personId }, orderBy: { createdAt: 'desc' }, select: { createdAt: true } }),
      this.db.exerciseEntry.findFirst({ where: { personId }, orderBy: { createdAt: 'desc' }, select: { createdAt: true } }),
    ]);
    const times = latest.flatMap((row) => (row ? [row.createdAt.getTime()] : []));
    return times.length ? new Date(Math.max(...times)) : null;
  }

  /** Local dates the client did anything on, within the window (answers a prompt of that day). */
  async activeLocalDates(personId: string, since: Date, until: Date): Promise<Set<string>> {
    const where = { personId, createdAt: { gte: since, lt: until } };
    const rows = await Promise.all([
      this.db.checkIn.findMany({ where, select: { localDate: true } }),
      this.db.thoughtRecord.findMany({ where, select: { localDate: true } }),
      this.db.assessmentResult.findMany({ where, select: { localDate: true } }),
      this.db.exerciseEntry.findMany({ where, select: { localDate: true } }),
    ]);
    return new Set(rows.flat().map((row) => row.localDate));
  }

  /** Local dates of the scheduled prompts (check-in and homework reminders) sent in the window. */
  async promptDatesSent(personId: string, since: Date, until: Date): Promise<string[]> {
    // A key range rather than `startsWith`: SQLite's LIKE is case-insensitive and cannot use the unique index.
    const rows = await this.db.outboxMessage.findMany({
      where: { idempotencyKey: { gte: `prompt:${personId}:`, lt: `prompt:${personId};` }, status: 'sent', createdAt: { gte: since, lt: until } },
      select: { idempotencyKey: true },
    });
    return rows.map((row) => row.idempotencyKey.slice(row.idempotencyKey.lastIndexOf(':') + 1));
  }

  /**
   * Assignments from this therapist that were active at some point in the window, with their
   * completions — from local date `completedFrom` on when given (a year of daily homework is
   * hundreds of rows; a window needs only its own days, and a `once` assignment done earlier was
   * closed then, so it is not read at all).
   */
  async assignmentProgress(personId: string, therapistId: string, since: Date, completedFrom?: string): Promise<AssignmentProgress[]> {
    return this.db.assignment.findMany({
      where: { personId, therapistId, OR: [{ active: true }, { endedAt: { gte: since } }] },
      orderBy: { createdAt: 'asc' },
      select: { id: true, kind: true, cadence: true, createdAt: true, endedAt: true, active: true, completions: { ...(completedFrom && { where: { localDate: { gte: completedFrom } } }), select: { localDate: true } } },
    }).then((rows) => rows.map(({ completions, ...row }) => ({ ...row, completedDates: completions.map((c) => c.localDate) })));
  }
}
