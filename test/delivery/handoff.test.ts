import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { Store } from '../../src/db/store.js';
import { FieldCrypto, generateDataKey } from '../../src/privacy/field-crypto.js';
import { DeliveryWorker } from '../../src/delivery/worker.js';
import { ManualClock, systemClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/logger.js';
import { OUTBOX_PRIORITY } from '../../src/db/repositories/outbox.js';
import { RecordingAdapter, TestChat } from '../helpers/chat.js';
import { PROVIDERS, freshDatabase, type TestDatabase } from '../helpers/databases.js';

const logger = createLogger({ level: 'silent', format: 'json' });

describe.each(PROVIDERS)('replies handed straight to the worker on %s', (provider) => {
  let testDb: TestDatabase | undefined;
  let database: Database | undefined;
  let workers: DeliveryWorker[] = [];
  let chat: TestChat | undefined;
  afterEach(async () => {
    for (const worker of workers) await worker.stop();
    workers = [];
    await chat?.stop();
    chat = undefined;
    await database?.close();
    await testDb?.dispose();
    testDb = undefined;
    database = undefined;
  });

  it('writes a reply already claimed by this process and sends it after commit, with no claim', async () => {
    chat = await TestChat.start({ provider });
    // "Sent" marks are written in batches, after the send: wait for the mark, not for a time.
    const recorded = chat.app.worker.events.next((event) => event.type === 'recorded', 5_000, 'the sent mark');
    await chat.send('/start');
    await chat.expectReply(/Which language should I use/);
    await recorded;
    const rows = await chat.app.database.prisma.outboxMessage.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: 'sent', attempts: 1, priority: OUTBOX_PRIORITY.reply, leaseUntil: null });
    expect(rows[0]!.claimedBy).toMatch(/:direct$/);
  });

  it('delivers a reply whose process died between commit and hand-over, once its lease runs out', async () => {
    testDb = await freshDatabase(provider);
    database = await openDatabase(testDb.url);
    const store = new Store(database, FieldCrypto.fromBase64(generateDataKey()));
    // Written claimed by a worker that is gone: nobody sends it until the lease ends.
    const claim = { token: 'gone:direct', leaseUntil: new Date(Date.now() + 300) };
    await store.transaction((repos) =>
      repos.outbox.enqueueClaimed({ idempotencyKey: 'reply:x', address: 'test:1', message: { text: 'still delivered' }, dueAt: new Date() }, claim),
    );
    const adapter = new RecordingAdapter();
    const worker = new DeliveryWorker({ store, adapters: [adapter], clock: systemClock, logger, maxAttempts: 3, workerId: 'w2', idlePollMs: 20 });
    workers.push(worker);
    const recorded = worker.events.next((event) => event.type === 'recorded', 5_000, 'the sent mark');
    worker.start();
    // The lease is what is under test here: before it runs out, nothing is sent.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(adapter.sent).toHaveLength(0);
    await adapter.waitForSent(1, 3_000);
    expect(adapter.sent[0]!.message.text).toBe('still delivered');
    await recorded;
    expect(await database.prisma.outboxMessage.findFirst()).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('sends replies ahead of a broadcast that is already queued on a paced platform', async () => {
    testDb = await freshDatabase(provider);
    database = await openDatabase(testDb.url);
    const store = new Store(database, FieldCrypto.fromBase64(generateDataKey()));
    const adapter = new (class extends RecordingAdapter {
      override readonly limits = { messagesPerSecond: 20, perConversationIntervalMs: 0 };
    })();
    const now = new Date();
    for (let i = 0; i < 60; i++) {
      await store.repos.outbox.enqueue({ idempotencyKey: `prompt:${i}`, address: `test:p${i}`, message: { text: `prompt ${i}` }, dueAt: now });
    }
    const worker = new DeliveryWorker({ store, adapters: [adapter], clock: systemClock, logger, maxAttempts: 3, workerId: 'w', idlePollMs: 20 });
    workers.push(worker);
    worker.start();
    await adapter.waitForSent(5, 3_000);

    const claim = worker.claimFor('test', new Date())!;
    const reply = await store.transaction((repos) =>
      repos.outbox.enqueueClaimed({ idempotencyKey: 'reply:r', address: 'test:talking', message: { text: 'your answer' }, dueAt: new Date(), priority: OUTBOX_PRIORITY.reply }, claim),
    );
    const sentBefore = adapter.sent.length;
    worker.handOff([reply!]);
    await adapter.waitForSent(1, 3_000, 'test:talking');
    const position = adapter.sent.findIndex((entry) => entry.address === 'test:talking');
    // At 20/s the broadcast takes 3 s. The reply takes the next free sender and the next turn at
    // the platform's rate, ahead of the 16 prompts whose senders are already waiting for theirs.
    expect(position).toBeLessThanOrEqual(sentBefore + 3);
  });

  /**
   * A message sent and handed on while the lane's first "sent" mark is held up (a slow database),
   * then every lease runs out (hours pass, as the scheduler's clock jumps in tests). With
   * `markDuringClaim`, the reply's mark commits while a claim that already found it is returning.
   */
  async function sendWhileMarksLag(markDuringClaim: boolean): Promise<{ sent: string[]; statuses: string[] }> {
    testDb = await freshDatabase(provider);
    database = await openDatabase(testDb.url);
    const store = new Store(database, FieldCrypto.fromBase64(generateDataKey()));
    const clock = new ManualClock(new Date('2026-03-02T15:00:00Z'));
    const outbox = store.repos.outbox;
    const [markSentMany, claimDue] = [outbox.markSentMany.bind(outbox), outbox.claimDue.bind(outbox)];
    let unblock!: () => void;
    const blocked = new Promise<void>((resolve) => (unblock = resolve));
    let claimFound!: () => void;
    const found = new Promise<void>((resolve) => (claimFound = resolve));
    let markedLater!: () => void;
    const marked = new Promise<void>((resolve) => (markedLater = resolve));
    const orTimeout = (promise: Promise<void>) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, 300))]);
    let marks = 0;
    outbox.markSentMany = async (ids, at) => {
      const first = marks++ === 0;
      if (first) await blocked;
      if (first || !markDuringClaim) return markSentMany(ids, at);
      await orTimeout(found);
      await markSentMany(ids, at);
      markedLater();
    };
    outbox.claimDue = async (...args) => {
      const rows = await claimDue(...args);
      if (markDuringClaim && rows.length > 0) {
        claimFound();
        await orTimeout(marked);
        await new Promise((resolve) => setTimeout(resolve, 20)); // and the lane has taken note of that mark
      }
      return rows;
    };
    await outbox.enqueue({ idempotencyKey: 'prompt:1', address: 'test:a', message: { text: 'first' }, dueAt: clock.now() });
    const adapter = new RecordingAdapter();
    const worker = new DeliveryWorker({ store, adapters: [adapter], clock, logger, maxAttempts: 3, workerId: 'w', idlePollMs: 20 });
    workers.push(worker);
    worker.start();
    await adapter.waitForSent(1, 3_000);
    await new Promise((resolve) => setTimeout(resolve, 60)); // the claim loop now waits for that mark

    const claim = worker.claimFor('test', clock.now())!;
    const reply = await store.transaction((repos) =>
      repos.outbox.enqueueClaimed({ idempotencyKey: 'reply:r', address: 'test:b', message: { text: 'your answer' }, dueAt: clock.now(), priority: OUTBOX_PRIORITY.reply }, claim),
    );
    worker.handOff([reply!]);
    await adapter.waitForSent(2, 3_000);
    clock.advance(2 * 60 * 60_000);
    unblock();
    await new Promise((resolve) => setTimeout(resolve, 600));
    const rows = await database.prisma.outboxMessage.findMany({ orderBy: { idempotencyKey: 'asc' } });
    return { sent: adapter.sent.map((entry) => entry.message.text ?? ''), statuses: rows.map((row) => row.status) };
  }

  it('never sends a message twice when a claim finds it sent but not yet marked so, its lease run out', async () => {
    expect(await sendWhileMarksLag(false)).toEqual({ sent: ['first', 'your answer'], statuses: ['sent', 'sent'] });
  });

  it('never sends a message twice when its mark commits while a claim that found it is under way', async () => {
    expect(await sendWhileMarksLag(true)).toEqual({ sent: ['first', 'your answer'], statuses: ['sent', 'sent'] });
  });
});
