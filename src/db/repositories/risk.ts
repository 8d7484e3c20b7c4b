import { randomUUID } from 'node:crypto';
import type { FieldCrypto } from '../../privacy/field-crypto.js';
import type { DbOrTx } from '../client.js';

const TABLE = 'RiskFlag';

/** What the detector saw, kept encrypted: the pattern ids name what was written about. */
export interface RiskDetection {
  matched: string[];
  detectorVersion: string;
}

/** Risk flags: that something was seen, where and how severe — never the words, and the matched patterns only encrypted. */
export class RiskRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly crypto: FieldCrypto,
  ) {}

  async create(flag: { personId: string; source: string; severity: string; matched: string[]; detectorVersion: string; at: Date }): Promise<{ id: string }> {
    const id = randomUUID();
    const detection: RiskDetection = { matched: flag.matched, detectorVersion: flag.detectorVersion };
    return this.db.riskFlag.create({
      data: {
        id,
        personId: flag.personId,
        source: flag.source,
        severity: flag.severity,
        detectionEnc: this.crypto.encryptJson(detection, { table: TABLE, column: 'detectionEnc', rowId: id }),
        createdAt: flag.at,
      },
      select: { id: true },
    });
  }

  listForPerson(personId: string) {
    return this.db.riskFlag.findMany({
      where: { personId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, source: true, severity: true, createdAt: true, acknowledgedAt: true },
    });
  }

  /** What the detector matched for a flag (null for flags raised before this was kept encrypted). */
  async detectionOf(flagId: string): Promise<RiskDetection | null> {
    const row = await this.db.riskFlag.findUnique({ where: { id: flagId }, select: { detectionEnc: true } });
    if (!row?.detectionEnc) return null;
    return this.crypto.decryptJson<RiskDetection>(row.detectionEnc, { table: TABLE, column: 'detectionEnc', rowId: flagId });
  }
}
