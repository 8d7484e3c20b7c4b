import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { Store } from '../../src/db/store.js';
import { FieldCrypto, generateDataKey } from '../../src/privacy/field-crypto.js';
import { PROVIDERS, freshDatabase, type TestDatabase } from '../helpers/databases.js';

describe.each(PROVIDERS)('isolation between the core and the worker on %s', (provider) => {
  let testDb: TestDatabase;
  let database: Database;
  afterEach(async () => {
    await database?.close();
    await testDb?.dispose();
  });

  it('a standalone statement never sees or joins another caller’s open transaction', async () => {
    testDb = await freshDatabase(provider);
    database = await openDatabase(testDb.url);
    const store = new Store(database, FieldCrypto.fromBase64(generateDataKey()));
    const now = new Date();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inside!: () => void;
    const entered = new Promise<void>((resolve) => (inside = resolve));

    const failing = store
      .transaction(async (repos) => {
        await repos.outbox.enqueue({ idempotencyKey: 'uncommitted', address: 'test:1', message: { text: 'never' }, dueAt: now });
        inside();
        await held;
        throw new Error('handler failed');
      })
      .catch((error: Error) => error.message);

    await entered;
    // While that transaction is open: the worker claims and another caller writes.
    const claimed = store.repos.outbox.claimDue('test', new Date(now.getTime() + 1000), 30_000, 10, 'w');
    const written = store.repos.outbox.enqueue({ idempotencyKey: 'independent', address: 'test:2', message: { text: 'kept' }, dueAt: now });
    release();
    expect(await failing).toBe('handler failed');
    await written;
    const keys = (await claimed).map((m) => m.idempotencyKey);
    expect(keys).not.toContain('uncommitted');
    const rows = await database.prisma.outboxMessage.findMany({ select: { idempotencyKey: true } });
    expect(rows.map((r) => r.idempotencyKey)).toEqual(['independent']);
  });
});
