import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { Store } from '../../src/db/store.js';
import { FieldCrypto, generateDataKey } from '../../src/privacy/field-crypto.js';
import { PROVIDERS, freshDatabase, type TestDatabase } from '../helpers/databases.js';
import { RecordingAdapter } from '../helpers/chat.js';
import { DeliveryWorker, type DeliveryEvent } from '../../src/delivery/worker.js';
import { systemClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/logger.js';
import { AdapterNetworkError, AdapterRateLimitError, AdapterValidationError } from '../../src/core/adapter.js';

const key = generateDataKey();
const silent = createLogger({ level: 'silent', format: 'json' });

/** Enqueues in a child process that is then killed with SIGKILL: only what was committed survives. */
async function enqueueThenKill(url: string, count: number): Promise<void> {
  const script = `
    import { openDatabase } from './src/db/client.ts';
    import { Store } from './src/db/store.ts';
    import { FieldCrypto } from './src/privacy/field-crypto.ts';
    const db = await openDatabase(process.env.URL);
    const store = new Store(db, FieldCrypto.fromBase64(process.env.KEY));
    for (let i = 0; i < ${count}; i++) {
      await store.repos.outbox.enqueue({ idempotencyKey: 'k' + i, address: 'test:alex', message: { text: 'message ' + i }, dueAt: new Date() });
    }
    process.stdout.write('enqueued\\n');
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    env: { ...process.env, URL: url, KEY: key },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('enqueued')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`child exited early with ${code}`)));
  });
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
}

describe.each(PROVIDERS)('delivery durability on %s', (provider) => {
  let testDb: TestDatabase;
  afterEach(async () => testDb?.dispose());

  it('delivers messages enqueued by a process that was killed, exactly once, after restart', async () => {
    testDb = await freshDatabase(provider);
    await enqueueThenKill(testDb.url, 20);

    const database = await openDatabase(testDb.url);
    const store = new Store(database, FieldCrypto.fromBase64(key));
    const adapter = new RecordingAdapter();
    const worker = new DeliveryWorker({ store, adapters: [adapter], clock: systemClock, logger: silent, maxAttempts: 3, workerId: 'after-restart', idlePollMs: 20 });
    worker.start();
    await adapter.waitForSent(20);
    await worker.drain(1_000);
    await worker.stop();
    // A second worker run finds nothing more to send.
    const again = new DeliveryWorker({ store, adapters: [adapter], clock: systemClock, logger: silent, maxAttempts: 3, workerId: 'second', idlePollMs: 20 });
    again.start();
    await again.drain(1_000);
    await again.stop();
    expect(adapter.sent.map((s) => s.message.text)).toEqual(Array.from({ length: 20 }, (_, i) => `message ${i}`));
    expect(await store.repos.outbox.countByStatus()).toEqual({ sent: 20 });
    await database.close();
  });

  it('retries transient failures, waits out rate limits, and dead-letters what cannot be sent', async () => {
    testDb = await freshDatabase(provider);
    const database = await openDatabase(testDb.url);
    const store = new Store(database, FieldCrypto.fromBase64(key));
    const adapter = new RecordingAdapter();
    adapter.failures.push(new AdapterRateLimitError('test', 300), new AdapterValidationError('message too long', 'test'));
    await store.repos.outbox.enqueue({ idempotencyKey: 'a', address: 'test:1', message: { text: 'first' }, dueAt: new Date() });
    const worker = new DeliveryWorker({ store, adapters: [adapter], clock: systemClock, logger: silent, maxAttempts: 3, workerId: 'w', idlePollMs: 20 });
    const events: DeliveryEvent[] = [];
    worker.events.on('delivery', (event) => events.push(event));
    const deadLettered = worker.events.next((event) => event.type === 'dead', 5_000, 'the dead letter');
    const started = Date.now();
    worker.start();
    // First attempt: 429 (retry after 300 ms). Second: validation error → dead.
    await deadLettered;
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(events).toMatchObject([
      { type: 'retried', outboxId: expect.any(String), error: 'AdapterRateLimitError', rateLimited: true },
      { type: 'dead', error: 'AdapterValidationError' },
    ]);
    expect(await store.repos.outbox.countByStatus()).toEqual({ dead: 1 });

    adapter.failures.push(new AdapterNetworkError('timeout after sending', 'test', true));
    const unknown = worker.events.next((event) => event.type === 'unknown', 5_000, 'the unknown outcome');
    await store.repos.outbox.enqueue({ idempotencyKey: 'b', address: 'test:1', message: { text: 'second' }, dueAt: new Date() });
    worker.wake();
    expect(await unknown).toMatchObject({ type: 'unknown', error: 'AdapterNetworkError', idempotencyKey: 'b' });
    expect(await store.repos.outbox.countByStatus()).toEqual({ dead: 1, unknown: 1 });
    await worker.stop();
    expect(adapter.sent).toEqual([]);
    const failed = await store.repos.outbox.listFailed();
    expect(failed.map((row) => row.lastError).sort()).toEqual(['AdapterNetworkError', 'AdapterValidationError']);
    await database.close();
  });
});
