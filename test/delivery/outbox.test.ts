import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { Store } from '../../src/db/store.js';
import { FieldCrypto, generateDataKey } from '../../src/core/privacy/field-crypto.js';
import { PROVIDERS, freshDatabase, type TestDatabase } from '../helpers/databases.js';

describe.each(PROVIDERS)('outbox on %s', (provider) => {
  let testDb: TestDatabase;
  let database: Database;
  let store: Store;
  const crypto = FieldCrypto.fromBase64(generateDataKey());

  async function open() {
    testDb = await freshDatabase(provider);
    database = await openDatabase(testDb.url);
    store = new Store(database, crypto);
  }
  afterEach(async () => {
    await database?.close();
    await testDb?.dispose();
  });

  it('makes a second enqueue with the same idempotency key a no-op', async () => {
    await open();
    const now = new Date();
    const item = { idempotencyKey: 'prompt:p1:checkin:2026-11-22', address: 'telegram:1', message: { text: 'How are you?' }, dueAt: now };
    expect(await store.repos.outbox.enqueue(item)).toBe(true);
    expect(await store.repos.outbox.enqueue({ ...item, message: { text: 'different' } })).toBe(false);
    // Also inside a transaction that goes on afterwards (PostgreSQL must not abort it).
    await store.transaction(async (repos) => {
      expect(await repos.outbox.enqueue(item)).toBe(false);
      expect(await repos.outbox.enqueue({ ...item, idempotencyKey: 'other' })).toBe(true);
    });
    expect(await store.repos.outbox.countByStatus()).toEqual({ pending: 2 });
  });

  it('stores message bodies encrypted', async () => {
    await open();
    await store.repos.outbox.enqueue({ idempotencyKey: 'k', address: 'telegram:1', message: { text: 'CANARY private words' }, dueAt: new Date() });
    const rows = await database.prisma.outboxMessage.findMany();
    expect(JSON.stringify(rows)).not.toContain('CANARY');
    const [claimed] = await store.repos.outbox.claimDue('telegram', new Date(), 30_000, 10, 'w1');
    expect(claimed?.message.text).toBe('CANARY private words');
  });

  it('claims only due messages, highest priority first, and never the same one twice', async () => {
    const now = new Date('2026-11-22T12:00:00Z');
    await open();
    const outbox = store.repos.outbox;
    await outbox.enqueue({ idempotencyKey: 'later', address: 'telegram:1', message: { text: 'later' }, dueAt: new Date(now.getTime() + 60_000) });
    await outbox.enqueue({ idempotencyKey: 'normal', address: 'telegram:1', message: { text: 'normal' }, dueAt: now });
    await outbox.enqueue({ idempotencyKey: 'urgent', address: 'telegram:2', message: { text: 'urgent', urgent: true }, dueAt: now });
    await outbox.enqueue({ idempotencyKey: 'other-platform', address: 'discord:9', message: { text: 'x' }, dueAt: now });

    const [first, second] = await Promise.all([
      outbox.claimDue('telegram', now, 30_000, 10, 'w1'),
      outbox.claimDue('telegram', now, 30_000, 10, 'w2'),
    ]);
    const all = [...first, ...second].map((m) => m.idempotencyKey);
    expect(all.sort()).toEqual(['normal', 'urgent']);
    const ordered = first.length === 2 ? first : second;
    if (ordered.length === 2) expect(ordered[0]!.idempotencyKey).toBe('urgent');
  });

  it('reclaims a message whose worker died once the lease expires', async () => {
    const now = new Date('2026-11-22T12:00:00Z');
    await open();
    const outbox = store.repos.outbox;
    await outbox.enqueue({ idempotencyKey: 'k', address: 'telegram:1', message: { text: 'hi' }, dueAt: now });
    expect(await outbox.claimDue('telegram', now, 30_000, 10, 'dead-worker')).toHaveLength(1);
    expect(await outbox.claimDue('telegram', new Date(now.getTime() + 29_000), 30_000, 10, 'w2')).toHaveLength(0);
    const reclaimed = await outbox.claimDue('telegram', new Date(now.getTime() + 31_000), 30_000, 10, 'w2');
    expect(reclaimed).toHaveLength(1);
    expect(reclaimed[0]!.attempts).toBe(2);
  });

  it('keeps retried messages back until their new due time', async () => {
    const now = new Date('2026-11-22T12:00:00Z');
    await open();
    const outbox = store.repos.outbox;
    await outbox.enqueue({ idempotencyKey: 'k', address: 'telegram:1', message: { text: 'hi' }, dueAt: now });
    const [claimed] = await outbox.claimDue('telegram', now, 30_000, 10, 'w1');
    await outbox.markRetry(claimed!.id, new Date(now.getTime() + 5_000), 'AdapterRateLimitError');
    expect(await outbox.claimDue('telegram', new Date(now.getTime() + 4_999), 30_000, 10, 'w1')).toHaveLength(0);
    expect(await outbox.claimDue('telegram', new Date(now.getTime() + 5_000), 30_000, 10, 'w1')).toHaveLength(1);
  });
});
