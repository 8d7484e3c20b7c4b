import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../client.js';

/** Risk flags: that something was seen, where and how severe — never the words. */
export class RiskRepository {
  constructor(private readonly db: DbOrTx) {}

  async create(flag: { personId: string; source: string; severity: string; matched: string[]; detectorVersion: string; at: Date }): Promise<{ id: string }> {
    return this.db.riskFlag.create({
      data: {
        id: randomUUID(),
        personId: flag.personId,
        source: flag.source,
        severity: flag.severity,
        matched: JSON.stringify(flag.matched),
        detectorVersion: flag.detectorVersion,
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
}
