import type { DbOrTx, Provider } from '../client.js';
import { isUniqueViolation } from '../client.js';

/** Inbound updates already handled, so a platform's redelivery is dropped. */
export class ProcessedUpdateRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly provider: Provider,
  ) {}

  /** Records `key`; returns false when it was recorded before (a duplicate delivery). */
  async markProcessed(key: string, at: Date): Promise<boolean> {
    if (this.provider === 'postgresql') {
      // A failed INSERT would abort the surrounding PostgreSQL transaction: skip duplicates instead.
      const inserted = await this.db.$executeRawUnsafe(
        `INSERT INTO "ProcessedUpdate" ("key", "processedAt") VALUES ($1, $2::timestamp(3)) ON CONFLICT ("key") DO NOTHING`,
        key,
        at.toISOString(),
      );
      return inserted === 1;
    }
    try {
      await this.db.processedUpdate.create({ data: { key, processedAt: at }, select: { key: true } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Forgets keys older than `before`; platforms stop redelivering long before then. */
  async prune(before: Date): Promise<number> {
    const { count } = await this.db.processedUpdate.deleteMany({ where: { processedAt: { lt: before } } });
    return count;
  }
}

