// npm run bench:kill — start a 5,000-message fan-out in a worker process, kill -9 it at random
// points 10 times, restart it each time, and count how often each message was delivered.
// Delivery is at-least-once: a message sent just before a kill (not yet marked sent) is sent again
// after its lease expires. Options: --messages N, --kills N, --rate N (the worker's pace in
// messages/s; default unlimited — a platform-paced worker has far fewer in flight), --postgres
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/db/client.js';
import { Store } from '../../src/db/store.js';
import { FieldCrypto, generateDataKey } from '../../src/privacy/field-crypto.js';
import { benchDatabase } from './common.js';

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const MESSAGES = arg('messages', 5_000);
const KILLS = arg('kills', 10);
const RATE = arg('rate', 100_000);
const provider = process.argv.includes('--postgres') ? 'postgresql' : 'sqlite';

const bench = await benchDatabase(provider);
const key = generateDataKey();
const database = await openDatabase(bench.url);
const store = new Store(database, FieldCrypto.fromBase64(key));
const now = new Date();
for (let i = 0; i < MESSAGES; i++) {
  await store.repos.outbox.enqueue({ idempotencyKey: `k${i}`, address: `test:${i % 500}`, message: { text: `m${i}` }, dueAt: now });
}
const sentFile = join(mkdtempSync(join(tmpdir(), 'between-kill-')), 'sent.txt');

function startWorker(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/worker-process.ts'], {
    env: { ...process.env, DATABASE_URL: bench.url, KEY: key, SENT_FILE: sentFile, WORKER_ID: `w${Date.now()}`, RATE: String(RATE) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) => child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve(child)));
}
const delivered = () => (existsSync(sentFile) ? readFileSync(sentFile, 'utf8').split('\n').filter(Boolean) : []);

const started = Date.now();
for (let kill = 0; kill < KILLS; kill++) {
  const child = await startWorker();
  await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 600));
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  console.log(`kill ${kill + 1}: ${new Set(delivered()).size} distinct delivered so far`);
}
const last = await startWorker();
while ((await store.repos.outbox.countByStatus()).sent !== MESSAGES && Date.now() - started < 120_000) {
  await new Promise((resolve) => setTimeout(resolve, 200));
}
last.kill('SIGTERM');
await new Promise((resolve) => last.once('exit', resolve));

const lines = delivered();
const counts = new Map<string, number>();
for (const line of lines) counts.set(line, (counts.get(line) ?? 0) + 1);
const once = [...counts.values()].filter((n) => n === 1).length;
const twice = [...counts.values()].filter((n) => n > 1).length;
const missing = MESSAGES - counts.size;
console.log(`\n${provider}: ${MESSAGES} messages at ${RATE >= 100_000 ? 'unlimited pace' : `${RATE}/s`}, ${KILLS} kill -9s, ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`delivered exactly once: ${once} · more than once: ${twice} · missing: ${missing} · status: ${JSON.stringify(await store.repos.outbox.countByStatus())}`);
await database.close();
await bench.dispose();
process.exit(missing === 0 ? 0 : 1);
