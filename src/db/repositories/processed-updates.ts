import type { DbOrTx, Provider } from '../client.js';

/** Inbound updates already handled, so a platform's redelivery is dropped. */
export class ProcessedUpdateRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly provider: Provider,
  ) {}

  /**
   * Records `key`; returns false when it was recorded before (a duplicate delivery). One raw
   * INSERT … ON CONFLICT DO NOTHING: this runs for every inbound update, and a duplicate must not
   * abort the surrounding transaction.
   */
  async markProcessed(key: string, at: Date): Promise<boolean> {
    const inserted =
      this.provider === 'postgresql'
        ? await this.db.$executeRawUnsafe(
            `INSERT INTO "ProcessedUpdate" ("key", "processedAt") VALUES ($1, $2::timestamp(3)) ON CONFLICT ("key") DO NOTHING`,
            key,
            at.toISOString(),
          )
        : await this.db.$executeRawUnsafe(
            // Prisma's SQLite DateTime text: ISO 8601 with +00:00.
            `INSERT INTO "ProcessedUpdate" ("key", "processedAt") VALUES (?, ?) ON CONFLICT ("key") DO NOTHING`,
            key,
            at.toISOString().replace('Z', '+00:00'),
          );
    return inserted === 1;
  }

  /** Forgets keys older than `before`; platforms stop redelivering long before then. */
  async prune(before: Date): Promise<number> {
    const { count } = await this.db.processedUpdate.deleteMany({ where: { processedAt: { lt: before } } });
    return count;
  }
}
