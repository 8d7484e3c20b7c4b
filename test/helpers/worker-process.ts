// A delivery worker in its own process, for multi-instance tests and the kill benchmark.
// Sends through an adapter that appends "<idempotencyKey>\n" to SENT_FILE for every message.
// env: DATABASE_URL, KEY (base64 data key), SENT_FILE, WORKER_ID, PLATFORM (default "test"),
//      RATE (messages/s the adapter declares; default unlimited)
import { appendFileSync } from 'node:fs';
import { openDatabase } from '../../src/db/client.js';
import { Store } from '../../src/db/store.js';
import { FieldCrypto } from '../../src/privacy/field-crypto.js';
import { DeliveryWorker } from '../../src/delivery/worker.js';
import { systemClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/logger.js';
import type { ChatAdapter } from '../../src/core/adapter.js';
import type { OutboundMessage } from '../../src/core/messages.js';

const env = process.env as Record<string, string>;
const database = await openDatabase(env.DATABASE_URL!);
const store = new Store(database, FieldCrypto.fromBase64(env.KEY!));
const platform = env.PLATFORM ?? 'test';
const adapter: ChatAdapter = {
  platform,
  capabilities: { buttons: false, maxChoices: 10, images: false, documents: false, maxTextLength: 4096, edits: false },
  limits: { messagesPerSecond: Number(env.RATE ?? 100_000), perConversationIntervalMs: 0 },
  start: async () => {},
  stop: async () => {},
  send: async (_address: string, message: OutboundMessage) => {
    appendFileSync(env.SENT_FILE!, `${message.text}\n`);
    return {};
  },
};
const worker = new DeliveryWorker({
  store,
  adapters: [adapter],
  clock: systemClock,
  logger: createLogger({ level: 'silent', format: 'json' }),
  maxAttempts: 5,
  workerId: env.WORKER_ID ?? `w${process.pid}`,
  idlePollMs: 10,
  leaseMs: 2_000,
});
worker.start();
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  void worker.stop().then(() => database.close()).then(() => process.exit(0));
});
