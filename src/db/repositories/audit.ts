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

  /**
   * Erasure: the person's id — as actor, as subject or inside `detail` — is replaced by a new
   * pseudonym, returned, that nothing else holds. The events stay (what was done, when, counts);
   * they no longer say to whom.
   */
  async pseudonymise(personId: string): Promise<string> {
    const pseudonym = `erased:${randomUUID()}`;
    await this.db.$executeRaw`
      UPDATE "AuditEvent"
         SET "actor" = CASE WHEN "actor" = ${personId} THEN ${pseudonym} ELSE "actor" END,
             "subjectPersonId" = CASE WHEN "subjectPersonId" = ${personId} THEN ${pseudonym} ELSE "subjectPersonId" END,
             "detail" = REPLACE("detail", ${personId}, ${pseudonym})
       WHERE "actor" = ${personId} OR "subjectPersonId" = ${personId} OR "detail" LIKE ${`%${personId}%`}`;
    return pseudonym;
  }

  /** Forgets events older than `before` (the audit retention); returns how many. */
  async prune(before: Date): Promise<number> {
    const { count } = await this.db.auditEvent.deleteMany({ where: { createdAt: { lt: before } } });
    return count;
  }

  /** For the export: events about the person or done by them, oldest first (never content). */
  listAbout(personId: string) {
    return this.db.auditEvent.findMany({
      where: { OR: [{ subjectPersonId: personId }, { actor: personId }] },
      orderBy: { createdAt: 'asc' },
      select: { actor: true, action: true, detail: true, createdAt: true },
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
