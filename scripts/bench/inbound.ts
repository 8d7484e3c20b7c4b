// npm run bench:inbound — sustained inbound updates/s through the Telegram adapter in webhook mode
// (real grammY) into the core on SQLite, with every user mid-check-in, against the fake Bot API on
// 127.0.0.1. U users are onboarded by POSTing updates to the webhook, then each loops through
// check-ins as a closed loop (the next update goes once the previous POST returned) for D seconds.
// The same load generator then drives a bare grammY webhook bot (one Prisma write + ctx.reply per
// update) as the baseline. Reports updates/s, HTTP p50/p99, reply latency p50/p99 (POST start →
// the fake receiving the sendMessage that answers it), errors and peak RSS; exits by itself.
// Options: --users N (default 200), --seconds N (default 20).
import { Agent, createServer as createHttpServer, request, type Server } from 'node:http';
import { createServer } from 'node:net';
import { Bot, webhookCallback } from 'grammy';
import { createTelegramAdapter } from '../../adapters/telegram/index.js';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { generateDataKey } from '../../src/core/privacy/field-crypto.js';
import { openDatabase } from '../../src/db/client.js';
import { createLogger } from '../../src/logger.js';
import { FakeTelegramServer } from '../../test/fakes/telegram-server.js';
import { benchDatabase, percentile } from './common.js';

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
  return value;
};
const USERS = arg('users', 200);
const SECONDS = arg('seconds', 20);
/** After the measured phase, replies still in the outbox get this long to arrive. */
const REPLY_GRACE_MS = 15_000;
/** A POST that takes longer counts as an error (and the loop goes on). */
const POST_TIMEOUT_MS = 10_000;
const WEBHOOK_PATH = '/telegram/webhook';

const GOAL_UPDATES_PER_SECOND = 1_000;
const DEFECT_UPDATES_PER_SECOND = 500;
const GOAL_REPLY_P99_MS = 200;
const GOAL_RATIO = 1.5;

/** One person's answers, in order: onboarding once, then check-ins round and round. */
const ONBOARDING = ['/start', 'yes', 'Berlin', '20:00', 'no'];
const CHECK_IN = ['/checkin', '6', 'calm', '50', 'skip', 'breathing', 'skip'];

interface Target {
  name: string;
  port: number;
  secret: string;
  fake: FakeTelegramServer;
  stop(): Promise<void>;
}

interface PhaseResult {
  updates: number;
  seconds: number;
  httpMs: number[];
  replyMs: number[];
  errors: { http: number; network: number; missingReplies: number; extraReplies: number };
  peakRssBytes: number;
}

const logger = createLogger({ level: 'silent', format: 'json' });

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function secret(): string {
  return `bench-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
}

/** Between: the real app, Telegram adapter in webhook mode, pacing lifted so only the core is measured. */
async function startBetween(): Promise<Target> {
  const fake = await FakeTelegramServer.start();
  const database = await benchDatabase('sqlite');
  const port = await freePort();
  const webhookSecret = secret();
  const config = loadConfig({ DATABASE_URL: database.url, BETWEEN_DATA_KEY: generateDataKey(), LOG_LEVEL: 'silent', HEALTH_PORT: '0' });
  const app = await startApp({
    config,
    logger,
    startScheduler: false,
    adapters: (core) => [
      createTelegramAdapter({
        token: fake.token,
        apiRoot: fake.apiRoot,
        commands: core.commandList,
        logger,
        webhook: { url: `http://127.0.0.1:${port}${WEBHOOK_PATH}`, secret: webhookSecret, port, host: '127.0.0.1' },
        limits: { perConversationIntervalMs: 0, messagesPerSecond: 100_000 },
      }),
    ],
  });
  return {
    name: 'Between',
    port,
    secret: webhookSecret,
    fake,
    stop: async () => {
      await app.stop();
      await fake.close();
      await database.dispose();
    },
  };
}

/** The baseline: a bare grammY webhook bot doing one Prisma write and one reply per update. */
async function startBaseline(): Promise<Target> {
  const fake = await FakeTelegramServer.start();
  const database = await benchDatabase('sqlite');
  const db = await openDatabase(database.url);
  const bot = new Bot(fake.token, { client: { apiRoot: fake.apiRoot } });
  await bot.init();
  bot.on('message', async (ctx) => {
    await db.prisma.processedUpdate.create({ data: { key: `telegram:${ctx.update.update_id}` } });
    await ctx.reply('ok');
  });
  const webhookSecret = secret();
  const handle = webhookCallback(bot, 'http', { secretToken: webhookSecret });
  const server: Server = createHttpServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    name: 'bare grammY',
    port,
    secret: webhookSecret,
    fake,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await db.close();
      await fake.close();
      await database.dispose();
    },
  };
}

/** Posts updates the way Telegram does: JSON, with the secret header, over keep-alive connections. */
class LoadGenerator {
  private nextUpdateId = 1;
  private readonly messageIds = new Map<number, number>();
  private readonly agent: Agent;

  constructor(
    private readonly target: Target,
    concurrency: number,
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  }

  /** Posts a text message from `chatId`; resolves with the HTTP status (0 for a network error). */
  post(chatId: number, text: string): Promise<number> {
    const messageId = (this.messageIds.get(chatId) ?? 0) + 1;
    this.messageIds.set(chatId, messageId);
    const command = /^\/[a-z0-9_]+/.exec(text);
    const body = JSON.stringify({
      update_id: this.nextUpdateId++,
      message: {
        message_id: messageId,
        from: { id: chatId, is_bot: false, first_name: 'Bench', language_code: 'en' },
        chat: { id: chatId, type: 'private', first_name: 'Bench' },
        date: Math.floor(Date.now() / 1000),
        text,
        ...(command && { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] }),
      },
    });
    return new Promise((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: this.target.port,
          path: WEBHOOK_PATH,
          method: 'POST',
          agent: this.agent,
          timeout: POST_TIMEOUT_MS,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'x-telegram-bot-api-secret-token': this.target.secret,
          },
        },
        (res) => {
          res.resume();
          res.once('end', () => resolve(res.statusCode ?? 0));
          res.once('error', () => resolve(0));
        },
      );
      req.once('timeout', () => req.destroy(new Error('timeout')));
      req.once('error', () => resolve(0));
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

async function runPhase(target: Target, chatIdBase: number): Promise<PhaseResult> {
  const { fake } = target;
  const generator = new LoadGenerator(target, USERS);
  const chats = Array.from({ length: USERS }, (_, i) => chatIdBase + i);
  for (const chatId of chats) fake.knowChat(chatId);
  /** Per chat, when each update's POST started (Date.now, the fake's clock), in order. */
  const posted = new Map<number, number[]>(chats.map((chatId) => [chatId, []]));
  const errors = { http: 0, network: 0, missingReplies: 0, extraReplies: 0 };

  const send = async (chatId: number, text: string): Promise<{ status: number; ms: number }> => {
    posted.get(chatId)!.push(Date.now());
    const started = performance.now();
    const status = await generator.post(chatId, text);
    if (status === 0) errors.network++;
    else if (status !== 200) errors.http++;
    return { status, ms: performance.now() - started };
  };

  // Onboarding, not measured (it also warms up both servers).
  const seedStarted = performance.now();
  await Promise.all(
    chats.map(async (chatId) => {
      for (const text of ONBOARDING) await send(chatId, text);
    }),
  );
  const seeded = await fake
    .until(() => (fake.messageCount >= USERS * ONBOARDING.length ? true : undefined), REPLY_GRACE_MS, 'onboarding replies')
    .then(
      () => true,
      () => false,
    );
  console.log(`  onboarded ${USERS} users in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s${seeded ? '' : ' (some onboarding replies missing)'}`);
  const seedUpdates = new Map(chats.map((chatId) => [chatId, posted.get(chatId)!.length]));
  const seedReplies = new Map(chats.map((chatId) => [chatId, fake.messagesIn(chatId).length]));

  // Measured: closed loops through check-ins.
  const httpMs: number[] = [];
  let peakRssBytes = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss)), 100);
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    chats.map(async (chatId) => {
      for (let step = 0; performance.now() < deadline; step++) {
        const { status, ms } = await send(chatId, CHECK_IN[step % CHECK_IN.length]!);
        if (status === 200) httpMs.push(ms);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const updates = chats.reduce((sum, chatId) => sum + posted.get(chatId)!.length - seedUpdates.get(chatId)!, 0);

  // Every update is answered by exactly one message; wait for the last ones.
  const expected = chats.reduce((sum, chatId) => sum + posted.get(chatId)!.length, 0);
  await fake.until(() => (fake.messageCount >= expected ? true : undefined), REPLY_GRACE_MS, 'the last replies').catch(() => undefined);
  clearInterval(sampler);
  peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss);
  generator.close();

  const replyMs: number[] = [];
  for (const chatId of chats) {
    const times = posted.get(chatId)!;
    const replies = fake.messagesIn(chatId);
    if (replies.length > times.length) errors.extraReplies += replies.length - times.length;
    for (let i = seedUpdates.get(chatId)!; i < times.length; i++) {
      const reply = replies[i];
      if (!reply) errors.missingReplies++;
      else replyMs.push(reply.at - times[i]!);
    }
    if (seedReplies.get(chatId)! < seedUpdates.get(chatId)!) errors.missingReplies += seedUpdates.get(chatId)! - seedReplies.get(chatId)!;
  }
  return { updates, seconds, httpMs, replyMs, errors, peakRssBytes };
}

function report(name: string, result: PhaseResult): number {
  const rate = result.updates / result.seconds;
  const errors = result.errors.http + result.errors.network + result.errors.missingReplies + result.errors.extraReplies;
  console.log(`  ${name}: ${rate.toFixed(0)} updates/s (${result.updates.toLocaleString('en-US')} in ${result.seconds.toFixed(1)} s)`);
  console.log(`    HTTP    p50 ${percentile(result.httpMs, 50).toFixed(1)} ms · p99 ${percentile(result.httpMs, 99).toFixed(1)} ms`);
  console.log(`    reply   p50 ${percentile(result.replyMs, 50).toFixed(0)} ms · p99 ${percentile(result.replyMs, 99).toFixed(0)} ms (POST start → sendMessage at the fake, 1 ms resolution)`);
  console.log(
    `    errors  ${errors} (HTTP ${result.errors.http}, network ${result.errors.network}, missing replies ${result.errors.missingReplies}, extra replies ${result.errors.extraReplies}) · peak RSS ${(result.peakRssBytes / 1024 / 1024).toFixed(0)} MB (whole process)`,
  );
  return rate;
}

async function measure(start: () => Promise<Target>, chatIdBase: number): Promise<PhaseResult> {
  const target = await start();
  console.log(`\n${target.name}: webhook on 127.0.0.1:${target.port}, ${USERS} users, ${SECONDS} s`);
  try {
    return await runPhase(target, chatIdBase);
  } finally {
    await target.stop();
  }
}

// The whole run is bounded: onboarding, D seconds, a grace for replies, twice, plus start-up.
const watchdog = setTimeout(
  () => {
    console.error('bench:inbound: did not finish in time');
    process.exit(2);
  },
  (SECONDS * 2 + 120) * 1000 + USERS * 100,
);
watchdog.unref();

console.log(`bench:inbound — Telegram webhook → core on SQLite; closed loop, ${USERS} users mid-check-in, ${SECONDS} s per run`);
const between = await measure(startBetween, 100_000);
const baseline = await measure(startBaseline, 200_000);

console.log('\nresults');
const betweenRate = report('Between', between);
const baselineRate = report('bare grammY + one Prisma write', baseline);
const ratio = baselineRate / Math.max(betweenRate, 1e-9);
const replyP99 = percentile(between.replyMs, 99);
const betweenErrors = Object.values(between.errors).reduce((sum, count) => sum + count, 0);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
console.log(`\n  cost relative to the baseline: ${ratio.toFixed(2)}× (goal ≤ ${GOAL_RATIO}×: ${verdict(ratio <= GOAL_RATIO)})`);
console.log(
  `  throughput: ${betweenRate.toFixed(0)} updates/s (goal ≥ ${GOAL_UPDATES_PER_SECOND}: ${verdict(betweenRate >= GOAL_UPDATES_PER_SECOND)}; below ${DEFECT_UPDATES_PER_SECOND}/s is a defect${betweenRate < DEFECT_UPDATES_PER_SECOND ? ' — DEFECT' : ''})`,
);
console.log(`  reply p99: ${replyP99.toFixed(0)} ms (goal ≤ ${GOAL_REPLY_P99_MS} ms: ${verdict(replyP99 <= GOAL_REPLY_P99_MS)})`);
console.log(`  errors: ${betweenErrors}`);
process.exit(betweenErrors === 0 ? 0 : 1);
