import { randomUUID } from 'node:crypto';
import type { FieldCrypto } from '../../privacy/field-crypto.js';
import type { DbOrTx } from '../client.js';

export interface CheckInInput {
  personId: string;
  mood: number;
  emotions: { emotion: string; intensity: number }[];
  coping: string[];
  /** Free text: encrypted. */
  details: { trigger?: string; note?: string; otherEmotion?: string; otherCoping?: string };
  localDate: string;
  at: Date;
}

export interface CheckInRecord extends Omit<CheckInInput, 'at' | 'personId'> {
  id: string;
  createdAt: Date;
}

/** Emotion check-ins. Mood, emotion ids and intensities stay in clear for trends; text is encrypted. */
export class CheckInRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly crypto: FieldCrypto,
  ) {}

  async create(input: CheckInInput): Promise<string> {
    const id = randomUUID();
    const hasDetails = Object.values(input.details).some((value) => value);
    await this.db.checkIn.create({
      data: {
        id,
        personId: input.personId,
        mood: input.mood,
        emotions: JSON.stringify(input.emotions),
        coping: JSON.stringify(input.coping),
        detailsEnc: hasDetails ? this.crypto.encryptJson(input.details, { table: 'CheckIn', column: 'detailsEnc', rowId: id }) : null,
        localDate: input.localDate,
        createdAt: input.at,
      },
      select: { id: true },
    });
    return id;
  }

  async listSince(personId: string, since: Date): Promise<CheckInRecord[]> {
    const rows = await this.db.checkIn.findMany({ where: { personId, createdAt: { gte: since } }, orderBy: { createdAt: 'asc' } });
    return rows.map((row) => ({
      id: row.id,
      mood: row.mood,
      emotions: JSON.parse(row.emotions) as CheckInRecord['emotions'],
      coping: JSON.parse(row.coping) as string[],
      details: row.detailsEnc ? this.crypto.decryptJson(row.detailsEnc, { table: 'CheckIn', column: 'detailsEnc', rowId: row.id }) : {},
      localDate: row.localDate,
      createdAt: row.createdAt,
    }));
  }

  async doneOn(personId: string, localDate: string): Promise<boolean> {
    return (await this.db.checkIn.count({ where: { personId, localDate } })) > 0;
  }
}
