import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { Store } from '../../src/db/store.js';
import { FieldCrypto, generateDataKey } from '../../src/privacy/field-crypto.js';
import { DeliveryWorker } from '../../src/delivery/worker.js';
import { systemClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/logger.js';
import { RecordingAdapter } from '../helpers/chat.js';
import { AdapterRateLimitError, type SendReceipt } from '../../src/core/adapter.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import type { ClaimedMessage } from '../../src/db/repositories/outbox.js';
import { freshDatabase, type TestDatabase } from '../helpers/databases.js';

/** A platform whose sends complete only when the test lets them. */
class HeldAdapter extends RecordingAdapter {
  readonly held: (() => void)[] = [];

  override async send(address: string, message: OutboundMessage): Promise<SendReceipt> {
    await new Promise<void>((resolve) => this.held.push(resolve));
    return super.send(address, message);
  }
}

const tick = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

describe('delivery backpressure', () => {
  let testDb: TestDatabase;
  let database: Database;
  let worker: DeliveryWorker | undefined;
  afterEach(async () => {
    await worker?.stop();
    await database?.close();
    await testDb?.dispose();
  });

  async function setUp(adapters: RecordingAdapter[]) {
    testDb = await freshDatabase('sqlite');
    database = await openDatabase(testDb.url);
    const store = new Store(database, FieldCrypto.fromBase64(generateDataKey()));
    worker = new DeliveryWorker({ store, adapters, clock: systemClock, logger: createLogger({ level: 'silent', format: 'json' }), maxAttempts: 3, workerId: 'w', idlePollMs: 20 });
    worker.start();
    // Replies as the core writes them: claimed for this worker in their transaction, handed over after commit.
    const reply = async (platform: string, count: number): Promise<ClaimedMessage[]> => {
      const claim = worker!.claimFor(platform, new Date())!;
      expect(claim).toBeDefined();
      const messages = await store.transaction(async (repos) => {
        const claimed: ClaimedMessage[] = [];
        for (let i = 0; i < count; i++) {
          const item = { idempotencyKey: `${platform}-${Math.random()}`, address: `${platform}:${i}`, message: { text: `m${i}` }, dueAt: new Date() };
          claimed.push((await repos.outbox.enqueueClaimed(item, claim))!);
        }
        return claimed;
      });
      worker!.handOff(messages);
      return messages;
    };
    return { store, reply };
  }

  it('holds new events back while too many replies to their platform wait, and lets them go as replies are sent', async () => {
    const adapter = new HeldAdapter();
    const { store, reply } = await setUp([adapter]);
    await reply('test', 5);
    await tick();
    expect(adapter.held).toHaveLength(5); // all five conversations are being sent to at once

    let released = false;
    const waiting = worker!.whenBelow('test', 3).then(() => (released = true));
    await tick(100);
    expect(released).toBe(false); // five replies wait; the limit is three
    // Another platform's intake is not held up by this one.
    await worker!.whenBelow('other', 3);

    for (const release of adapter.held.splice(0, 3)) release();
    await waiting;
    expect(adapter.sent).toHaveLength(3);
    for (const release of adapter.held.splice(0)) release();
    await worker!.whenBelow('test', 1);
    expect(adapter.sent).toHaveLength(5);
    await tick(); // acknowledgements are batched
    expect(await store.repos.outbox.countByStatus()).toEqual({ sent: 5 });
  });

  it('stops counting a reply the platform pushed back on: it waits in the outbox, not in intake’s way', async () => {
    const adapter = new RecordingAdapter();
    const { reply } = await setUp([adapter]);
    for (let i = 0; i < 5; i++) adapter.failures.push(new AdapterRateLimitError('test', 300));
    await reply('test', 5);
    await worker!.whenBelow('test', 1); // soon: all five went back to the outbox with a retry time
    expect(adapter.sent).toHaveLength(0);
    await adapter.waitForSent(5, 5_000); // and they are sent after the platform's wait
  });
});
