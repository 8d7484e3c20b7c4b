// One process measured by `npm run bench:memory` (scripts/bench/memory.ts), run COMPILED from dist/
// with `node --expose-gc`: `memory-target.mjs baseline|telegram|console`. It starts its target,
// then answers the parent over IPC:
//   { type: 'measure' }  → waits for delivery to settle, collects garbage twice, replies { rss, heapUsed }
//   { type: 'console', count } (console mode) → types `count` messages into the console chat, one
//                                               at a time, each waited for until handled
//   { type: 'stop' }     → stops and exits.
// It reports { type: 'ready', port, secret } once listening. Plain JavaScript so nothing but the
// compiled code (and node) is loaded: no tsx, no TypeScript transform in the measured process.
import { createServer } from 'node:http';
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { setImmediate } from 'node:timers';

const mode = process.argv[2];
const dist = new URL('../../dist/', import.meta.url);
const load = (path) => import(new URL(path, dist).href);
const { DATABASE_URL, BOT_TOKEN, API_ROOT, WEBHOOK_PORT } = process.env;
const secret = `bench-${Math.random().toString(36).slice(2)}`;
const send = (message) => process.send?.(message);

/** RSS readings this far apart, this many in a row within SETTLED_BYTES of each other, count as settled. */
const SETTLE_INTERVAL_MS = 100;
const SETTLED_READINGS = 3;
const SETTLED_BYTES = 512 * 1024;
const SETTLE_LIMIT_MS = 5_000;

async function settle(drain) {
  await drain?.();
  for (let i = 0; i < 2; i++) {
    globalThis.gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
  // V8 hands the pages a collection freed back to the system on background threads, after gc()
  // returns: a reading taken at once lands anywhere in that (up to ~40 MB on this bench), so RSS is
  // read until it stops moving.
  let readings = [process.memoryUsage().rss];
  const started = Date.now();
  while (Date.now() - started < SETTLE_LIMIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, SETTLE_INTERVAL_MS));
    readings = [...readings, process.memoryUsage().rss].slice(-SETTLED_READINGS);
    if (readings.length === SETTLED_READINGS && Math.max(...readings) - Math.min(...readings) <= SETTLED_BYTES) break;
  }
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

async function startBaseline() {
  const { Bot, webhookCallback } = await import('grammy');
  const { openDatabase } = await load('src/db/client.js');
  const db = await openDatabase(DATABASE_URL);
  const bot = new Bot(BOT_TOKEN, { client: { apiRoot: API_ROOT } });
  await bot.init();
  bot.on('message', async (ctx) => {
    await db.prisma.processedUpdate.create({ data: { key: `telegram:${ctx.update.update_id}` } });
    await ctx.reply('ok');
  });
  await bot.api.setWebhook(`http://127.0.0.1:${WEBHOOK_PORT}/telegram`, { secret_token: secret });
  const handle = webhookCallback(bot, 'http', { secretToken: secret });
  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.headersSent || res.writeHead(500).end());
  });
  server.listen(Number(WEBHOOK_PORT), '127.0.0.1');
  await once(server, 'listening');
  return { stop: async () => server.close(), drain: undefined };
}

async function startBetween(platform) {
  const [{ startApp }, { loadConfig }, { createLogger }, { generateDataKey }] = await Promise.all([
    load('src/app.js'),
    load('src/config.js'),
    load('src/logger.js'),
    load('src/privacy/field-crypto.js'),
  ]);
  const config = loadConfig({ DATABASE_URL, BETWEEN_DATA_KEY: generateDataKey(), LOG_LEVEL: 'silent', HEALTH_PORT: '0', NODE_ENV: 'production' });
  const logger = createLogger({ level: 'silent', format: 'json' });
  let input;
  const adapters =
    platform === 'telegram'
      ? async (core) => {
          const { createTelegramAdapter } = await load('adapters/telegram/index.js');
          return [
            createTelegramAdapter({
              token: BOT_TOKEN,
              apiRoot: API_ROOT,
              commands: core.commandList,
              logger,
              webhook: { url: `http://127.0.0.1:${WEBHOOK_PORT}/telegram`, secret, port: Number(WEBHOOK_PORT), host: '127.0.0.1' },
              limits: { perConversationIntervalMs: 0, messagesPerSecond: 100_000 },
            }),
          ];
        }
      : async () => {
          const { createConsoleAdapter } = await load('adapters/console/index.js');
          input = new PassThrough();
          const output = new PassThrough();
          output.resume();
          return [createConsoleAdapter({ user: 'bench', input, output, color: false })];
        };
  const app = await startApp({ config, logger, startScheduler: false, adapters });
  return {
    app,
    input,
    stop: () => app.stop(),
    drain: () => app.worker.drain(30_000),
  };
}

const target = mode === 'baseline' ? await startBaseline() : await startBetween(mode);
send({ type: 'ready', secret });

process.on('message', async (message) => {
  if (message.type === 'measure') send({ type: 'measured', ...(await settle(target.drain)) });
  else if (message.type === 'console') {
    for (let i = 0; i < message.count; i++) {
      const handled = once(target.app.core.events, 'handled');
      target.input.write(i % 3 === 0 ? '/help\n' : i % 3 === 1 ? '/history\n' : 'just a note for today\n');
      await handled;
    }
    send({ type: 'console-done' });
  } else if (message.type === 'stop') {
    await target.stop();
    send({ type: 'stopped' });
    process.exit(0);
  }
});
