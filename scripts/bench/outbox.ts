// npm run bench:outbox — outbox cycle throughput (enqueue → claim → mark sent) on SQLite and PostgreSQL.
// Options: --messages N (default 5000), --sqlite-only
import { openDatabase } from '../../src/db/client.js';
import { Store } from '../../src/db/store.js';
import { FieldCrypto, generateDataKey } from '../../src/privacy/field-crypto.js';
import { benchDatabase, providers, rssMb } from './common.js';

const index = process.argv.indexOf('--messages');
const MESSAGES = index === -1 ? 5_000 : Number(process.argv[index + 1]);
const BATCH = 100;
const CONCURRENCY = 8;

for (const provider of await providers()) {
  const bench = await benchDatabase(provider);
  const database = await openDatabase(bench.url);
  const store = new Store(database, FieldCrypto.fromBase64(generateDataKey()));
  const outbox = store.repos.outbox;
  const now = new Date();

  // Enqueues arrive from many conversations at once: CONCURRENCY writers, as in production.
  const enqueueStarted = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < MESSAGES; i = next++) {
        await outbox.enqueue({ idempotencyKey: `bench:${i}`, address: `telegram:${i % 1000}`, message: { text: `Time for your daily check-in ${i}` }, dueAt: now });
      }
    }),
  );
  const enqueueMs = performance.now() - enqueueStarted;

  const drainStarted = performance.now();
  let sent = 0;
  for (;;) {
    const claimed = await outbox.claimDue('telegram', new Date(), 60_000, BATCH, 'bench');
    if (claimed.length === 0) break;
    // As the delivery worker does: acknowledgements in batches.
    await outbox.markSentMany(claimed.map((message) => message.id), new Date());
    sent += claimed.length;
  }
  const drainMs = performance.now() - drainStarted;
  const total = enqueueMs + drainMs;
  console.log(`\n== ${provider}: ${MESSAGES.toLocaleString()} messages`);
  console.log(`enqueue: ${(MESSAGES / (enqueueMs / 1000)).toFixed(0)}/s · claim+mark sent: ${(sent / (drainMs / 1000)).toFixed(0)}/s`);
  console.log(`full cycle: ${(MESSAGES / (total / 1000)).toFixed(0)} messages/s (${sent === MESSAGES ? 'all sent' : `ONLY ${sent} sent`}) · RSS ${rssMb()}`);
  await database.close();
  await bench.dispose();
}
