import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { Store } from '../../src/db/store.js';
import { FieldCrypto, generateDataKey } from '../../src/privacy/field-crypto.js';
import { PROVIDERS, freshDatabase, type TestDatabase } from '../helpers/databases.js';
import { DeliveryWorker } from '../../src/delivery/worker.js';
import { systemClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/logger.js';
import type { SendReceipt } from '../../src/core/adapter.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { RecordingAdapter } from '../helpers/chat.js';

/** A platform that gives each sent message an id (`m:<text>`), like Slack's ts or Telegram's message_id. */
class IdGivingAdapter extends RecordingAdapter {
  override async send(address: string, message: OutboundMessage): Promise<SendReceipt> {
    await super.send(address, message);
    return message.text.startsWith('no-id') ? {} : { platformMessageId: `m:${message.text}` };
  }
}

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

  it('claims only messages to the given addresses when a worker reaches only those (one terminal chat)', async () => {
    const now = new Date('2026-11-22T12:00:00Z');
    await open();
    const outbox = store.repos.outbox;
    await outbox.enqueue({ idempotencyKey: 'to-sam', address: 'console:sam', message: { text: 'for sam' }, dueAt: now });
    await outbox.enqueue({ idempotencyKey: 'to-alex', address: 'console:alex', message: { text: 'for alex' }, dueAt: now });
    await outbox.enqueue({ idempotencyKey: 'to-kim', address: 'console:kim', message: { text: 'for kim' }, dueAt: now });
    expect(await outbox.claimDue('console', now, 30_000, 10, 'w1', [])).toEqual([]);
    expect((await outbox.claimDue('console', now, 30_000, 10, 'w1', ['console:alex'])).map((m) => m.idempotencyKey)).toEqual(['to-alex']);
    expect((await outbox.claimDue('console', now, 30_000, 10, 'w2', ['console:sam', 'console:kim'])).map((m) => m.idempotencyKey).sort()).toEqual(['to-kim', 'to-sam']);
    expect(await outbox.countByStatus()).toEqual({ sending: 3 });
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

  it('marks a batch sent with each message’s own platform id, keeps an id it already had, and finds and withdraws by key prefix', async () => {
    const now = new Date('2026-11-22T12:00:00Z');
    await open();
    const outbox = store.repos.outbox;
    for (const key of ['risk-alert:f1:t1', 'risk-alert:f1:t2', 'risk-realert:f1:t1:1', 'risk-alert:f10:t1', 'other']) {
      await outbox.enqueue({ idempotencyKey: key, address: 'slack:T:D1', message: { text: key }, dueAt: now });
    }
    const claimed = await outbox.claimDue('slack', now, 30_000, 10, 'w1');
    const id = (key: string) => claimed.find((message) => message.idempotencyKey === key)!.id;
    await outbox.markSentMany([id('risk-alert:f1:t1'), id('risk-alert:f1:t2'), id('risk-alert:f10:t1')], now, new Map([[id('risk-alert:f1:t1'), '111.1'], [id('risk-alert:f10:t1'), '333.3']]));
    // A second mark without an id (sent again after its lease ran out) keeps the one it had.
    await outbox.markSentMany([id('risk-alert:f1:t1')], now);
    await store.transaction((repos) => repos.outbox.markSent(id('risk-alert:f1:t2'), now, '222.2'));
    const f1 = await outbox.findByKeyPrefix('risk-alert:f1:');
    expect(f1.map(({ idempotencyKey, status, platformMessageId }) => ({ idempotencyKey, status, platformMessageId }))).toEqual([
      { idempotencyKey: 'risk-alert:f1:t1', status: 'sent', platformMessageId: '111.1' },
      { idempotencyKey: 'risk-alert:f1:t2', status: 'sent', platformMessageId: '222.2' },
    ]);
    expect((await outbox.findByKeyPrefix('risk-alert:f10:'))[0]!.platformMessageId).toBe('333.3');

    // Only what no worker holds is withdrawn: the reminder back in the queue, not a sent alert.
    await outbox.markRetry(id('risk-realert:f1:t1:1'), now, 'AdapterNetworkError');
    const f1All = [...f1, ...(await outbox.findByKeyPrefix('risk-realert:f1:'))];
    expect(await store.transaction((repos) => repos.outbox.withdrawPending(f1All.map((row) => row.id)))).toBe(1);
    expect(await outbox.findByKeyPrefix('risk-realert:f1:')).toEqual([]);
    expect(await outbox.findByKeyPrefix('risk-alert:f1:')).toHaveLength(2);
    expect(await outbox.withdrawPending([id('other')])).toBe(0); // claimed (sending): its worker has it
  });

  it('stores the id each send returned on its own row when the worker marks a batch, and sends an edit as a new message where the platform cannot edit', async () => {
    await open();
    const adapter = new IdGivingAdapter();
    const now = new Date();
    const texts = Array.from({ length: 45 }, (_, i) => (i % 7 === 3 ? `no-id ${i}` : `message ${i}`));
    for (const [i, text] of texts.entries()) await store.repos.outbox.enqueue({ idempotencyKey: `k${i}`, address: `test:${i % 5}`, message: { text }, dueAt: now });
    await store.repos.outbox.enqueue({ idempotencyKey: 'edit', address: 'test:9', message: { text: 'replaced', edit: { messageId: 'm:message 1' } }, dueAt: now });
    const worker = new DeliveryWorker({ store, adapters: [adapter], clock: systemClock, logger: createLogger({ level: 'silent', format: 'json' }), maxAttempts: 3, workerId: 'w', idlePollMs: 20 });
    worker.start();
    try {
      await adapter.waitForSent(texts.length + 1, 10_000);
      await worker.drain(5_000);
    } finally {
      await worker.stop();
    }
    const rows = await database.prisma.outboxMessage.findMany({ where: { idempotencyKey: { startsWith: 'k' } }, select: { idempotencyKey: true, status: true, platformMessageId: true } });
    expect(rows).toHaveLength(texts.length);
    for (const row of rows) {
      const text = texts[Number(row.idempotencyKey.slice(1))]!;
      expect(row).toEqual({ idempotencyKey: row.idempotencyKey, status: 'sent', platformMessageId: text.startsWith('no-id') ? null : `m:${text}` });
    }
    const edit = adapter.sent.find((entry) => entry.message.text === 'replaced')!;
    expect(edit.message.edit).toBeUndefined();
  });
});
