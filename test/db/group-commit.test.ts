import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import type { Repositories, Store } from '../../src/db/store.js';
import { storePerTest } from '../helpers/databases.js';

// On SQLite, transactions waiting at the same time share one BEGIN … COMMIT, each in a savepoint
// (src/db/group-commit.ts). Whatever the grouping, each caller must see exactly the outcome of a
// transaction of its own.
describe('group commit on sqlite', () => {
  let database: Database;
  let store: Store;
  const fresh = storePerTest('sqlite');
  const open = async () => ({ database, store } = await fresh());
  const mark = (repos: Repositories, key: string) => repos.processedUpdates.markProcessed(key, new Date());
  const keys = async () => (await database.prisma.processedUpdate.findMany({ orderBy: { key: 'asc' } })).map((row) => row.key);

  it('rolls back only the unit that failed, and reports each unit’s own outcome', async () => {
    await open();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) =>
        store.transaction(async (repos) => {
          await mark(repos, `k${String(i).padStart(2, '0')}`);
          await repos.conversations.save(`test:${i}`, { personId: null, active: null, draft: null });
          if (i === 4 || i === 9) throw new Error(`unit ${i} failed`);
          return i * 10;
        }),
      ),
    );
    expect(outcomes.map((o) => (o.status === 'fulfilled' ? o.value : (o.reason as Error).message))).toEqual([
      0, 10, 20, 30, 'unit 4 failed', 50, 60, 70, 80, 'unit 9 failed', 100, 110,
    ]);
    expect(await keys()).toEqual(['k00', 'k01', 'k02', 'k03', 'k05', 'k06', 'k07', 'k08', 'k10', 'k11']);
    expect(await database.prisma.conversation.count()).toBe(10);
  });

  it('fails every unit of a group whose COMMIT fails, and nothing of it is kept', async () => {
    await open();
    let started = 0;
    const units = Array.from({ length: 6 }, (_, i) =>
      store.transaction(async (repos) => {
        started++;
        await mark(repos, `g${i}`);
        return i;
      }),
    );
    // The first unit runs alone; the rest wait and form one group. This unit breaks that group's
    // COMMIT: a foreign key violation SQLite checks only at COMMIT.
    const breaker = store.transaction(async () => {
      const inTransaction = (sql: string) => database.sqlite!.transaction().executeRaw({ sql, args: [], argTypes: [] });
      await inTransaction('PRAGMA defer_foreign_keys = ON');
      await inTransaction(`INSERT INTO "Identity" ("id", "personId", "platform", "platformUserId", "address", "createdAt") VALUES ('i', 'nobody', 't', 'u', 't:u', '2026-01-01T00:00:00.000+00:00')`);
    });
    const results = await Promise.allSettled([...units, breaker]);
    expect(started).toBe(6);
    expect(results[0]).toEqual({ status: 'fulfilled', value: 0 }); // committed alone, before the group
    for (const result of results.slice(1)) expect(result.status).toBe('rejected');
    expect(await keys()).toEqual(['g0']);
    expect(await database.prisma.identity.count()).toBe(0);
    // And the store goes on working.
    expect(await store.transaction((repos) => mark(repos, 'after'))).toBe(true);
    expect(await keys()).toEqual(['after', 'g0']);
  });
});
