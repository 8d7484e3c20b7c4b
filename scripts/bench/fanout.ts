// npm run bench:fanout — N due prompts delivered through the real Telegram adapter (grammY) to the
// fake Bot API (127.0.0.1), which answers 429 + retry_after above a rate cap. Reports total time
// against the ideal N/cap, the share of 429s, peak RSS, duplicates and missing messages.
// Options: --messages N (default 20000), --cap N (messages/s, default 300), --pace N (the adapter's
// own pace, default 97% of the cap; Telegram's real default is 25/s against its ~30/s limit).
// Meanwhile, four times a second, a reply to someone talking to Between is handed to the worker as
// the core does it: the report gives how long those waited behind the broadcast (reply latency).
import { openDatabase } from '../../src/db/client.js';
import { Store } from '../../src/db/store.js';
import { FieldCrypto, generateDataKey } from '../../src/privacy/field-crypto.js';
import { DeliveryWorker } from '../../src/delivery/worker.js';
import { systemClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/logger.js';
import { checkInPrompt } from '../../src/scheduling/prompts.js';
import { OUTBOX_PRIORITY } from '../../src/db/repositories/outbox.js';
import { createTelegramAdapter } from '../../adapters/telegram/index.js';
import { FakeTelegramServer } from '../../test/fakes/telegram-server.js';
import { benchDatabase } from './common.js';

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const MESSAGES = arg('messages', 20_000);
const CAP = arg('cap', 300);
const PACE = arg('pace', Math.floor(CAP * 0.97));
const provider = process.argv.includes('--postgres') ? 'postgresql' : 'sqlite';

const fake = await FakeTelegramServer.start();
fake.lean = true;
fake.setRateCap({ perSecond: CAP, retryAfterSeconds: 1 });
const bench = await benchDatabase(provider);
const database = await openDatabase(bench.url);
const store = new Store(database, FieldCrypto.fromBase64(generateDataKey()));
const logger = createLogger({ level: 'silent', format: 'json' });

const seedStarted = performance.now();
const now = new Date();
const CONCURRENCY = 8;
let next = 0;
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let i = next++; i < MESSAGES; i = next++) {
      const chatId = 100_000 + i;
      fake.knowChat(chatId);
      await store.repos.outbox.enqueue({ idempotencyKey: `prompt:p${i}:checkin:2026-11-22`, address: `telegram:${chatId}`, message: checkInPrompt(), dueAt: now });
    }
  }),
);
console.log(`seeded ${MESSAGES.toLocaleString()} due prompts on ${provider} in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

const adapter = createTelegramAdapter({ token: fake.token, apiRoot: fake.apiRoot, commands: [], logger, limits: { messagesPerSecond: PACE } });
const worker = new DeliveryWorker({ store, adapters: [adapter], clock: systemClock, logger, maxAttempts: 10, workerId: 'bench', idlePollMs: 50 });
let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
const started = performance.now();
worker.start();

// Replies during the broadcast, each to its own chat (no per-chat pacing in the way).
const REPLY_CHAT = 10_000;
const repliesHandedAt = new Map<number, number>();
let repliesStarted = 0;
const replier = setInterval(() => {
  const chatId = REPLY_CHAT + repliesStarted++;
  fake.knowChat(chatId);
  const claim = worker.claimFor('telegram', new Date());
  if (!claim) return;
  void store
    .transaction((repos) =>
      repos.outbox.enqueueClaimed({ idempotencyKey: `reply:${chatId}`, address: `telegram:${chatId}`, message: { text: 'Noted.' }, dueAt: new Date(), priority: OUTBOX_PRIORITY.reply }, claim),
    )
    .then((reply) => {
      repliesHandedAt.set(chatId, Date.now());
      if (reply) worker.handOff([reply]);
    });
}, 250);
while (fake.messageCount < MESSAGES && performance.now() - started < (MESSAGES / Math.min(CAP, PACE)) * 1000 * 3 + 30_000) {
  await new Promise((resolve) => setTimeout(resolve, 250));
}
const seconds = (performance.now() - started) / 1000;
clearInterval(replier);
await worker.drain(5_000);
await worker.stop();
clearInterval(sampler);

const sends = fake.requestsFor('sendMessage');
const limited = sends.filter((request) => request.status === 429).length;
const delivered = new Map<number, number>();
for (const request of sends) {
  if (request.status !== 200) continue;
  const chat = Number(request.body.chat_id);
  delivered.set(chat, (delivered.get(chat) ?? 0) + 1);
}
const replyWaits: number[] = [];
for (const request of sends) {
  const handedAt = repliesHandedAt.get(Number(request.body.chat_id));
  if (request.status === 200 && handedAt !== undefined) replyWaits.push(request.at - handedAt);
}
replyWaits.sort((a, b) => a - b);
const quantile = (q: number) => replyWaits[Math.min(replyWaits.length - 1, Math.floor(q * replyWaits.length))] ?? NaN;
for (const chat of repliesHandedAt.keys()) delivered.delete(chat);
const duplicates = [...delivered.values()].filter((count) => count > 1).length;
const missing = MESSAGES - delivered.size;
const ideal = MESSAGES / CAP;
console.log(`\nfan-out: ${MESSAGES.toLocaleString()} messages, fake cap ${CAP}/s, adapter pace ${PACE}/s`);
console.log(`total ${seconds.toFixed(1)} s vs ideal ${ideal.toFixed(1)} s → ${((ideal / seconds) * 100).toFixed(1)} % of the cap (${(delivered.size / seconds).toFixed(1)} msg/s)`);
console.log(`429s: ${limited} of ${sends.length} requests (${((limited / Math.max(1, sends.length)) * 100).toFixed(2)} %) · peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
console.log(`replies during the fan-out: ${replyWaits.length} of ${repliesHandedAt.size} · wait p50 ${quantile(0.5)} ms, p99 ${quantile(0.99)} ms, max ${replyWaits.at(-1) ?? NaN} ms`);
console.log(`duplicates: ${duplicates} · missing: ${missing} · outbox: ${JSON.stringify(await store.repos.outbox.countByStatus())}`);
await database.close();
await bench.dispose();
await fake.close();
process.exit(duplicates === 0 && missing === 0 ? 0 : 1);
