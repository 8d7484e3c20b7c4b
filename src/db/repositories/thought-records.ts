import { randomUUID } from 'node:crypto';
import type { FieldCrypto } from '../../privacy/field-crypto.js';
import type { DbOrTx } from '../client.js';

/** The seven columns, as the client wrote them. Encrypted as one value. */
export interface ThoughtRecordContent {
  situation: string;
  moods: { mood: string; before: number; after?: number }[];
  thoughts: string[];
  hotThought: string;
  distortions: string[];
  evidenceFor: string;
  evidenceAgainst: string;
  balancedThought: string;
  balancedBelief: number;
}

export interface ThoughtRecordRecord {
  id: string;
  content: ThoughtRecordContent;
  moodBefore: number | null;
  moodAfter: number | null;
  localDate: string;
  createdAt: Date;
}

const mean = (values: number[]) => (values.length ? Math.round(values.reduce((a, b) => a + b, 0) / values.length) : null);

/** CBT thought records: content encrypted; mood means, belief and distortion ids in clear for summaries. */
export class ThoughtRecordRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly crypto: FieldCrypto,
  ) {}

  async create(personId: string, content: ThoughtRecordContent, localDate: string, at: Date): Promise<string> {
    const id = randomUUID();
    await this.db.thoughtRecord.create({
      data: {
        id,
        personId,
        contentEnc: this.crypto.encryptJson(content, { table: 'ThoughtRecord', column: 'contentEnc', rowId: id }),
        distortions: JSON.stringify(content.distortions),
        moodBefore: mean(content.moods.map((m) => m.before)),
        moodAfter: mean(content.moods.flatMap((m) => (m.after === undefined ? [] : [m.after]))),
        beliefBalanced: content.balancedBelief,
        localDate,
        createdAt: at,
      },
      select: { id: true },
    });
    return id;
  }

  async listSince(personId: string, since: Date): Promise<ThoughtRecordRecord[]> {
    const rows = await this.db.thoughtRecord.findMany({ where: { personId, createdAt: { gte: since } }, orderBy: { createdAt: 'asc' } });
    return rows.map((row) => ({
      id: row.id,
      content: this.crypto.decryptJson<ThoughtRecordContent>(row.contentEnc, { table: 'ThoughtRecord', column: 'contentEnc', rowId: row.id }),
      moodBefore: row.moodBefore,
      moodAfter: row.moodAfter,
      localDate: row.localDate,
      createdAt: row.createdAt,
    }));
  }
}
