import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { Store } from '../../src/db/store.js';
import { FieldCrypto, generateDataKey } from '../../src/core/privacy/field-crypto.js';
import { DeliveryWorker } from '../../src/delivery/worker.js';
import { systemClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/logger.js';
import { RecordingAdapter } from '../helpers/chat.js';
import { AdapterRateLimitError } from '../../src/core/adapter.js';
import { freshDatabase, type TestDatabase } from '../helpers/databases.js';

describe('delivery backpressure', () => {
  let testDb: TestDatabase;
  let database: Database;
  afterEach(async () => {
    await database?.close();
    await testDb?.dispose();
  });

  it('holds new work back while too many replies wait, and lets it go once they are sent', async () => {
    testDb = await freshDatabase('sqlite');
    database = await openDatabase(testDb.url);
    const store = new Store(database, FieldCrypto.fromBase64(generateDataKey()));
    const adapter = new RecordingAdapter();
    const worker = new DeliveryWorker({ store, adapters: [adapter], clock: systemClock, logger: createLogger({ level: 'silent', format: 'json' }), maxAttempts: 3, workerId: 'w', idlePollMs: 20 });
    for (let i = 0; i < 5; i++) await store.repos.outbox.enqueue({ idempotencyKey: `k${i}`, address: `test:${i}`, message: { text: `m${i}` }, dueAt: new Date() });
    // The platform pushes back on the first sends for a moment.
    for (let i = 0; i < 5; i++) adapter.failures.push(new AdapterRateLimitError('test', 300));
    worker.start();
    worker.wake(5);
    let released = false;
    const waiting = worker.whenBelow(3).then(() => (released = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(released).toBe(false); // five replies wait; the limit is three
    await waiting;
    expect(adapter.sent.length).toBeGreaterThanOrEqual(3);
    await worker.whenBelow(1);
    await worker.stop();
    expect(adapter.sent).toHaveLength(5);
  });
});
