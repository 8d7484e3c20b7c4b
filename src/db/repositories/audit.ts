import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../client.js';

export interface AuditEntry {
  actor: string;
  action: string;
  subjectPersonId?: string | null;
  /** Ids, counts and kinds only — never anything a person wrote. */
  detail?: Record<string, string | number | boolean | null>;
}

/** Who saw, relayed or erased what, and when. Content never goes here. */
export class AuditRepository {
  constructor(private readonly db: DbOrTx) {}

  async record(entry: AuditEntry, at: Date): Promise<void> {
    await this.db.auditEvent.create({
      data: {
        id: randomUUID(),
        actor: entry.actor,
        action: entry.action,
        subjectPersonId: entry.subjectPersonId ?? null,
        detail: entry.detail ? JSON.stringify(entry.detail) : null,
        createdAt: at,
      },
      select: { id: true },
    });
  }

  listForSubject(subjectPersonId: string) {
    return this.db.auditEvent.findMany({
      where: { subjectPersonId },
      orderBy: { createdAt: 'asc' },
      select: { actor: true, action: true, detail: true, createdAt: true },
    });
  }
}
