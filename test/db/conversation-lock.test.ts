import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import type { Store } from '../../src/db/store.js';
import { PROVIDERS, storePerTest } from '../helpers/databases.js';

// `ConversationRepository.lockForUpdate` is what makes one chat's updates take turns across
// instances (the end-to-end proof is test/core/multi-instance.test.ts). These tests pin what it
// holds while the transaction is open.
describe.each(PROVIDERS)('the conversation lock on %s', (provider) => {
  let database: Database;
  let store: Store;
  const fresh = storePerTest(provider);
  const open = async () => ({ database, store } = await fresh());

  it('refuses to run outside a transaction, where it would hold nothing', async () => {
    await open();
    await expect(store.repos.conversations.lockForUpdate('test:1')).rejects.toThrow(/needs a transaction/);
  });

  it.runIf(provider === 'postgresql')('holds an advisory lock on the address until the transaction ends', async () => {
    await open();
    const heldBy = () =>
      database.prisma.$queryRawUnsafe<{ count: number }[]>(
        `SELECT count(*)::int AS count FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 2 AND objid::bigint = (hashtext($1)::bigint & 4294967295)`,
        'test:1',
      );
    await store.transaction(async (repos) => {
      await repos.conversations.lockForUpdate('test:1');
      expect(await heldBy()).toEqual([{ count: 1 }]);
    });
    expect(await heldBy()).toEqual([{ count: 0 }]);
  });

  it.runIf(provider === 'sqlite')('takes the database’s write lock before the transaction reads anything', async () => {
    await open();
    const other = new BetterSqlite3(database.file!, { timeout: 0 });
    const otherCanWrite = () => {
      try {
        other.exec('BEGIN IMMEDIATE');
        other.exec('ROLLBACK');
        return true;
      } catch (err) {
        if ((err as { code?: string }).code === 'SQLITE_BUSY') return false;
        throw err;
      }
    };
    try {
      await store.transaction(async (repos) => {
        expect(otherCanWrite()).toBe(true);
        await repos.conversations.lockForUpdate('test:1');
        expect(otherCanWrite()).toBe(false);
      });
      expect(otherCanWrite()).toBe(true);
    } finally {
      other.close();
    }
  });
});
