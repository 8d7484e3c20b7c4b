import { afterEach, describe, expect, it } from 'vitest';
import { PlatformPacer } from '../../src/delivery/rate-limiter.js';
import { DeliveryWorker, backoffMs } from '../../src/delivery/worker.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { Store } from '../../src/db/store.js';
import { FieldCrypto, generateDataKey } from '../../src/privacy/field-crypto.js';
import { systemClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/logger.js';
import { AdapterNetworkError } from '../../src/core/adapter.js';
import type { OutboundMessage } from '../../src/core/messages.js';
import { RecordingAdapter } from '../helpers/chat.js';
import { freshDatabase, type TestDatabase } from '../helpers/databases.js';

describe('platform pacer', () => {
  it('keeps the platform-wide rate and the per-conversation interval', () => {
    let now = 0;
    const pacer = new PlatformPacer(10, 1_000, () => now);
    const granted: string[] = [];
    for (let i = 0; i < 25; i++) if (pacer.reserve(`chat${i}`) === 0) granted.push(`chat${i}`);
    expect(granted).toHaveLength(2); // a fifth of a second's worth at once, no more
    expect(pacer.reserve('chat50')).toBe(100); // then one every 100 ms
    now = 500;
    expect(pacer.reserve('chat99')).toBe(0);
    expect(pacer.reserve('chat0')).toBe(500); // same conversation: wait out its interval
    now = 1_000;
    expect(pacer.reserve('chat0')).toBe(0);
  });

  it('honours retry-after for one conversation or the whole platform', () => {
    let now = 0;
    const pacer = new PlatformPacer(100, 0, () => now);
    pacer.backOff('chat1', 3_000, false);
    expect(pacer.reserve('chat1')).toBe(3_000);
    expect(pacer.reserve('chat2')).toBe(0);
    pacer.backOff('chat2', 2_000, true);
    expect(pacer.reserve('chat3')).toBe(2_000);
    now = 3_000;
    expect(pacer.reserve('chat1')).toBe(0);
  });

  it('backs off exponentially with jitter, capped', () => {
    expect(backoffMs(1, false, () => 0.5)).toBe(1_000);
    expect(backoffMs(4, false, () => 0.5)).toBe(8_000);
    expect(backoffMs(30, false, () => 0.5)).toBe(300_000);
    expect(backoffMs(1, false, () => 0)).toBe(500);
    expect(backoffMs(1, false, () => 1)).toBe(1_500);
  });
});

class SlowAdapter extends RecordingAdapter {
  override async send(address: string, message: OutboundMessage) {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    return super.send(address, message);
  }
}

describe('delivery lanes', () => {
  let testDb: TestDatabase;
  let database: Database;
  afterEach(async () => {
    await database?.close();
    await testDb?.dispose();
  });

  it('never makes one platform wait behind another, and re-sends a prompt once after an ambiguous failure', async () => {
    testDb = await freshDatabase('sqlite');
    database = await openDatabase(testDb.url);
    const store = new Store(database, FieldCrypto.fromBase64(generateDataKey()));
    const slow = new SlowAdapter('slowchat');
    const fast = new RecordingAdapter('fastchat');
    const logger = createLogger({ level: 'silent', format: 'json' });
    const worker = new DeliveryWorker({ store, adapters: [slow, fast], clock: systemClock, logger, maxAttempts: 5, workerId: 'w', idlePollMs: 20 });
    const now = new Date();
    for (let i = 0; i < 5; i++) await store.repos.outbox.enqueue({ idempotencyKey: `s${i}`, address: `slowchat:${i}`, message: { text: 'slow' }, dueAt: now });
    fast.failures.push(new AdapterNetworkError('timed out after sending', 'fastchat', true));
    await store.repos.outbox.enqueue({ idempotencyKey: 'prompt:p1:checkin:2026-01-15', address: 'fastchat:1', message: { text: 'prompt' }, dueAt: now });
    await store.repos.outbox.enqueue({ idempotencyKey: 'reply:x:1:0', address: 'fastchat:2', message: { text: 'reply' }, dueAt: now });
    worker.start();
    await fast.waitForSent(1, 1_500);
    expect(slow.sent).toHaveLength(0); // the fast platform went first while the slow one was still sending
    await fast.waitForSent(2, 4_000); // the prompt, once more after backoff
    expect(fast.sent.map((s) => s.message.text).sort()).toEqual(['prompt', 'reply']);
    await worker.stop();
  });
});
