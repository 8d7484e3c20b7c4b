import type { DbOrTx } from '../client.js';
import type { DirectSql } from '../direct-sql.js';

/** Inbound updates already handled, so a platform's redelivery is dropped. */
export class ProcessedUpdateRepository {
  constructor(
    private readonly db: DbOrTx,
    /** Direct statements for the hot path (src/db/direct-sql.ts), bound like `db`. */
    private readonly sql: DirectSql,
  ) {}

  /**
   * Records `key`; returns false when it was recorded before (a duplicate delivery). One raw
   * INSERT … ON CONFLICT DO NOTHING: this runs for every inbound update, and a duplicate must not
   * abort the surrounding transaction.
   */
  async markProcessed(key: string, at: Date): Promise<boolean> {
    const inserted = await this.sql.run(`INSERT INTO "ProcessedUpdate" ("key", "processedAt") VALUES (?, ?) ON CONFLICT ("key") DO NOTHING`, key, at);
    return inserted === 1;
  }

  /** Forgets keys older than `before`; platforms stop redelivering long before then. */
  async prune(before: Date): Promise<number> {
    const { count } = await this.db.processedUpdate.deleteMany({ where: { processedAt: { lt: before } } });
    return count;
  }
}
