import { randomUUID } from 'node:crypto';
import type { FieldCrypto } from '../../privacy/field-crypto.js';
import type { DbOrTx } from '../client.js';

export interface AssessmentInput {
  personId: string;
  /** Instrument id ("gad7") and the version of its wording the answers were given under. */
  instrument: string;
  instrumentVersion: string;
  /** Item id → score, and unscored question id → its answer's code: encrypted. */
  answers: Record<string, number>;
  /** The reported score (WHO-5: already × 4) and its band key, in clear for trends. */
  total: number;
  band: string;
  /** Keys of the result's notes ("low_item"), in clear for /history and summaries. */
  notes: string[];
  localDate: string;
  at: Date;
}

export interface AssessmentRecord extends Omit<AssessmentInput, 'at' | 'personId'> {
  id: string;
  createdAt: Date;
}

type Row = { id: string; instrument: string; instrumentVersion: string; answersEnc: string; total: number; band: string; notes: string; localDate: string; createdAt: Date };

/** The stored note keys (a JSON array of strings); anything else reads as none. */
export function parseNotes(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Questionnaire results (complete administrations only). Totals and bands stay in clear for
 * trends; the item answers are encrypted.
 */
export class AssessmentRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly crypto: FieldCrypto,
  ) {}

  async create(input: AssessmentInput): Promise<string> {
    const id = randomUUID();
    await this.db.assessmentResult.create({
      data: {
        id,
        personId: input.personId,
        instrument: input.instrument,
        instrumentVersion: input.instrumentVersion,
        answersEnc: this.crypto.encryptJson(input.answers, { table: 'AssessmentResult', column: 'answersEnc', rowId: id }),
        total: input.total,
        band: input.band,
        notes: JSON.stringify(input.notes),
        localDate: input.localDate,
        createdAt: input.at,
      },
      select: { id: true },
    });
    return id;
  }

  /** Results since `since`, oldest first. */
  async listSince(personId: string, since: Date): Promise<AssessmentRecord[]> {
    const rows = await this.db.assessmentResult.findMany({ where: { personId, createdAt: { gte: since } }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
    return rows.map((row) => this.toRecord(row));
  }

  /** The most recent result of `instrument`, or null. */
  async latest(personId: string, instrument: string): Promise<AssessmentRecord | null> {
    const row = await this.db.assessmentResult.findFirst({ where: { personId, instrument }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
    return row ? this.toRecord(row) : null;
  }

  /** The most recent result of each instrument the person has completed. */
  async latestPerInstrument(personId: string): Promise<AssessmentRecord[]> {
    const instruments = await this.db.assessmentResult.findMany({ where: { personId }, distinct: ['instrument'], select: { instrument: true } });
    const latest: AssessmentRecord[] = [];
    for (const { instrument } of instruments) {
      const record = await this.latest(personId, instrument);
      if (record) latest.push(record);
    }
    return latest.sort((a, b) => a.instrument.localeCompare(b.instrument));
  }

  private toRecord(row: Row): AssessmentRecord {
    return {
      id: row.id,
      instrument: row.instrument,
      instrumentVersion: row.instrumentVersion,
      answers: this.crypto.decryptJson<Record<string, number>>(row.answersEnc, { table: 'AssessmentResult', column: 'answersEnc', rowId: row.id }),
      total: row.total,
      band: row.band,
      notes: parseNotes(row.notes),
      localDate: row.localDate,
      createdAt: row.createdAt,
    };
  }
}
