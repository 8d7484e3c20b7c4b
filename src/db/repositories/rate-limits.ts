import { randomUUID } from 'node:crypto';
import type { DbOrTx } from '../client.js';

/** Counts attempts in a sliding window (code redemptions, cheers). Keys are ids, never content. */
export class RateLimitRepository {
  constructor(private readonly db: DbOrTx) {}

  /** Records an attempt and returns how many were made in the window, this one included. */
  async hit(scope: string, key: string, windowMs: number, at: Date): Promise<number> {
    await this.db.rateLimitHit.create({ data: { id: randomUUID(), scope, key, createdAt: at }, select: { id: true } });
    return this.count(scope, key, windowMs, at);
  }

  count(scope: string, key: string, windowMs: number, at: Date): Promise<number> {
    return this.db.rateLimitHit.count({ where: { scope, key, createdAt: { gt: new Date(at.getTime() - windowMs) } } });
  }

  /** Forgets attempts made before `before`: no window reaches back that far. */
  async prune(before: Date): Promise<number> {
    const { count } = await this.db.rateLimitHit.deleteMany({ where: { createdAt: { lt: before } } });
    return count;
  }

  async forgetKey(key: string): Promise<void> {
    await this.db.rateLimitHit.deleteMany({ where: { key } });
  }

  /** Forgets every key starting with one of `prefixes` (keys built from a record's id). */
  async forgetKeysStartingWith(prefixes: string[]): Promise<void> {
    if (prefixes.length === 0) return;
    await this.db.rateLimitHit.deleteMany({ where: { OR: prefixes.map((prefix) => ({ key: { startsWith: prefix } })) } });
  }
}
