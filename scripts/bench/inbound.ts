// npm run bench:inbound — sustained inbound updates/s through the Telegram adapter in webhook mode
// (real grammY) into the core on SQLite, with every user mid-check-in, against the fake Bot API on
// 127.0.0.1. The fake and the load generator run in a child process (scripts/bench/inbound-driver.ts)
// so that only the bot is on this process's event loop, as in production. U users are onboarded by
// POSTing updates to the webhook; then, in check-ins:
//   1. throughput — every user in a closed loop (the next update goes once the previous POST
//      returned) for D seconds: the saturation rate;
//   2. latency — an open loop at a fixed rate R (arrivals do not wait for earlier answers) for D
//      seconds: reply latency at a load the bot is meant to carry. (At saturation a closed loop's
//      latency is just users ÷ throughput.)
// The same load then drives a bare grammY webhook bot (one Prisma write + ctx.reply per update) as
// the baseline. Reports updates/s, HTTP p50/p99, reply latency p50/p99 (POST start → the fake
// receiving the sendMessage that answers it), the bot's event-loop delay and peak RSS, errors.
// Options: --users N (default 200), --seconds N per phase (default 20), --rate N for the open loop
// (default 1000, the throughput goal), --only between|baseline (for profiling).
import { fork, type ChildProcess } from 'node:child_process';
import { createServer as createHttpServer, type Server } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Bot, webhookCallback } from 'grammy';
import { createTelegramAdapter } from '../../adapters/telegram/index.js';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { generateDataKey } from '../../src/privacy/field-crypto.js';
import { openDatabase } from '../../src/db/client.js';
import { createLogger } from '../../src/logger.js';
import { benchDatabase, percentile } from './common.js';
import { WEBHOOK_PATH, type DriverMessage, type DriverResult, type Measured, type ParentMessage } from './inbound-driver.js';
import { freePort } from '../../test/fakes/http.js';

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  const value = index === -1 ? fallback : Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1`);
  return value;
};
const USERS = arg('users', 200);
const SECONDS = arg('seconds', process.argv.includes('--soak') ? 600 : 20);
const RATE = arg('rate', process.argv.includes('--soak') ? 200 : 1_000);
/**
 * `--soak` (npm run bench:soak): Between only, a short closed loop, then the open loop at --rate
 * (default 200/s) for --seconds (default 600), sampling the bot's RSS and open handles every 5 s:
 * after a warm-up (the first tenth), neither may keep growing (goal: RSS ≤ +10%, handles flat).
 * RSS under load is a garbage-collection sawtooth (here ~300 ↔ ~440 MB with a period of one to two
 * minutes), so a median over one minute mostly says where in the tooth that minute fell. Growth is
 * judged on the floor instead — the lowest sample in two minutes after warm-up against the lowest in
 * the last two minutes: memory that is kept raises the floor, memory that is collected does not.
 * The medians are printed too.
 */
const SOAK = process.argv.includes('--soak');
const onlyIndex = process.argv.indexOf('--only');
const ONLY = onlyIndex === -1 ? undefined : process.argv[onlyIndex + 1];
if (ONLY !== undefined && ONLY !== 'between' && ONLY !== 'baseline') throw new Error('--only must be between or baseline');

const GOAL_UPDATES_PER_SECOND = 1_000;
const DEFECT_UPDATES_PER_SECOND = 500;
const GOAL_REPLY_P99_MS = 100;
const GOAL_RATIO = 1.3;

interface Target {
  name: string;
  port: number;
  secret: string;
  stop(): Promise<void>;
}

/** The fake platform the target talks to. */
interface Platform {
  apiRoot: string;
  token: string;
}

type LoopDelay = { p50: number; p99: number; max: number };

interface PhaseResult extends DriverResult {
  /** This process (the bot) only. */
  loopDelay: { closed: LoopDelay; open: LoopDelay };
  peakRssBytes: number;
  /** Every 5 s of the open loop: seconds into it, RSS, and active handles (sockets, timers, files). */
  samples: { at: number; rss: number; handles: number }[];
}

const SAMPLE_EVERY_MS = 5_000;

const logger = createLogger({ level: 'silent', format: 'json' });


function secret(): string {
  return `bench-${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
}

/** Between: the real app, Telegram adapter in webhook mode, pacing lifted so only the core is measured. */
async function startBetween(platform: Platform): Promise<Target> {
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
        token: platform.token,
        apiRoot: platform.apiRoot,
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
    stop: async () => {
      await app.stop();
      await database.dispose();
    },
  };
}

/** The baseline: a bare grammY webhook bot doing one Prisma write and one reply per update. */
async function startBaseline(platform: Platform): Promise<Target> {
  const database = await benchDatabase('sqlite');
  const db = await openDatabase(database.url);
  const bot = new Bot(platform.token, { client: { apiRoot: platform.apiRoot } });
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
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await db.close();
      await database.dispose();
    },
  };
}

/** Starts the load side in its own process and waits until its fake Bot API listens. */
async function startDriver(): Promise<{ child: ChildProcess; platform: Platform }> {
  const child = fork(fileURLToPath(new URL('./inbound-driver.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'] });
  const platform = await new Promise<Platform>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the load driver exited (${code}) before it was ready`)));
    child.once('message', (message: DriverMessage) => {
      if (message.type === 'ready') resolve({ apiRoot: message.apiRoot, token: message.token });
    });
  });
  child.removeAllListeners('exit');
  return { child, platform };
}

async function measure(start: (platform: Platform) => Promise<Target>, chatIdBase: number): Promise<PhaseResult> {
  const { child, platform } = await startDriver();
  const target = await start(platform);
  console.log(`\n${target.name}: webhook on 127.0.0.1:${target.port}, ${USERS} users`);
  let peakRssBytes = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRssBytes = Math.max(peakRssBytes, process.memoryUsage().rss)), 100);
  const loopDelay: Partial<PhaseResult['loopDelay']> = {};
  let loop: ReturnType<typeof monitorEventLoopDelay> | undefined;
  const samples: PhaseResult['samples'] = [];
  let openStarted = 0;
  const soakSampler = setInterval(() => {
    if (!openStarted) return;
    samples.push({ at: (performance.now() - openStarted) / 1000, rss: process.memoryUsage().rss, handles: process.getActiveResourcesInfo().length });
  }, SAMPLE_EVERY_MS);
  const stopLoop = (): LoopDelay => {
    loop!.disable();
    return { p50: loop!.percentile(50) / 1e6, p99: loop!.percentile(99) / 1e6, max: loop!.max / 1e6 };
  };
  try {
    const result = await new Promise<DriverResult>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the load driver exited (${code})`)));
      child.on('message', (message: DriverMessage) => {
        if (message.type === 'log') console.log(message.line);
        else if (message.type === 'phase') {
          if (message.phase === 'closed' || message.phase === 'open') {
            loop = monitorEventLoopDelay({ resolution: 5 });
            loop.enable();
            if (message.phase === 'open') openStarted = performance.now();
          } else if (message.phase === 'between') loopDelay.closed = stopLoop();
          else {
            loopDelay.open = stopLoop();
            openStarted = 0;
          }
        } else if (message.type === 'result') resolve(message.result);
      });
      child.send({ type: 'run', run: { port: target.port, secret: target.secret, users: USERS, seconds: SECONDS, rate: RATE, chatIdBase, ...(SOAK && { closedSeconds: 1 }) } } satisfies ParentMessage);
    });
    clearInterval(sampler);
    clearInterval(soakSampler);
    return { ...result, loopDelay: loopDelay as PhaseResult['loopDelay'], peakRssBytes: Math.max(peakRssBytes, process.memoryUsage().rss), samples };
  } finally {
    clearInterval(sampler);
    clearInterval(soakSampler);
    child.removeAllListeners('exit');
    child.send({ type: 'close' } satisfies ParentMessage);
    await target.stop();
  }
}

function reportMeasured(label: string, measured: Measured, loop: LoopDelay): number {
  const rate = measured.updates / measured.seconds;
  console.log(
    `    ${label}: ${rate.toFixed(0)} updates/s (${measured.updates.toLocaleString('en-US')} in ${measured.seconds.toFixed(1)} s)${measured.missedArrivals ? ` · ${measured.missedArrivals} arrivals found no idle user` : ''}`,
  );
  console.log(`      HTTP  p50 ${percentile(measured.httpMs, 50).toFixed(1)} ms · p99 ${percentile(measured.httpMs, 99).toFixed(1)} ms`);
  console.log(`      reply p50 ${percentile(measured.replyMs, 50).toFixed(0)} ms · p99 ${percentile(measured.replyMs, 99).toFixed(0)} ms (POST start → sendMessage at the fake)`);
  console.log(`      bot event-loop delay p50 ${loop.p50.toFixed(1)} ms · p99 ${loop.p99.toFixed(1)} ms · max ${loop.max.toFixed(1)} ms`);
  return rate;
}

/** Prints one target's results; returns its closed-loop (saturation) throughput. */
function report(name: string, result: PhaseResult): number {
  const errors = result.errors.http + result.errors.network + result.errors.missingReplies + result.errors.extraReplies;
  console.log(`  ${name}`);
  const rate = reportMeasured(`closed loop, ${USERS} users (throughput)`, result.closed, result.loopDelay.closed);
  reportMeasured(`open loop at ${RATE}/s (latency)`, result.open, result.loopDelay.open);
  console.log(
    `    errors ${errors} (HTTP ${result.errors.http}, network ${result.errors.network}, missing replies ${result.errors.missingReplies}, extra replies ${result.errors.extraReplies}) · bot peak RSS ${(result.peakRssBytes / 1024 / 1024).toFixed(0)} MB`,
  );
  return rate;
}

// The whole run is bounded: onboarding, two phases of D seconds, graces for replies, twice, plus start-up.
const watchdog = setTimeout(
  () => {
    console.error('bench:inbound: did not finish in time');
    process.exit(2);
  },
  (SECONDS * 4 + 150) * 1000 + USERS * 100,
);
watchdog.unref();

console.log(
  SOAK
    ? `bench:soak — Telegram webhook → core on SQLite, ${USERS} users mid-check-in: ${SECONDS} s at ${RATE} updates/s, RSS and open handles every 5 s`
    : `bench:inbound — Telegram webhook → core on SQLite, ${USERS} users mid-check-in: ${SECONDS} s closed loop (throughput), then ${SECONDS} s open loop at ${RATE} updates/s (latency)`,
);
if (SOAK) {
  const result = await measure(startBetween, 100_000);
  report('Between (soak)', result);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const warm = SECONDS / 10;
  const window = (from: number, to: number) => result.samples.filter((sample) => sample.at >= from && sample.at < to);
  const span = Math.min(120, (SECONDS - warm) / 2);
  const early = window(warm, warm + span);
  const late = window(SECONDS - span, SECONDS + 1);
  const floor = (values: number[]) => Math.min(...values);
  const [rssEarly, rssLate] = [floor(early.map((s) => s.rss)), floor(late.map((s) => s.rss))];
  const [medianEarly, medianLate] = [median(early.map((s) => s.rss)), median(late.map((s) => s.rss))];
  const [handlesEarly, handlesLate] = [median(early.map((s) => s.handles)), median(late.map((s) => s.handles))];
  const growth = rssEarly ? (rssLate / rssEarly - 1) * 100 : 0;
  const mbOf = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(`\n  RSS every 5 s (MB): ${result.samples.map((s) => Math.round(s.rss / 1024 / 1024)).join(' ')}`);
  console.log(`  handles every 5 s: ${result.samples.map((s) => s.handles).join(' ')}`);
  console.log(
    `  after warm-up (${warm.toFixed(0)} s): RSS floor ${mbOf(rssEarly)} → ${mbOf(rssLate)} in the last ${span.toFixed(0)} s (${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%, goal ≤ +10%); medians ${mbOf(medianEarly)} → ${mbOf(medianLate)}`,
  );
  console.log(`  open handles ${handlesEarly} → ${handlesLate} (goal: no growth)`);
  const ok = growth <= 10 && handlesLate <= handlesEarly + 2 && Object.values(result.errors).every((count) => count === 0);
  console.log(`\n${ok ? 'PASS' : 'FAIL'}  no RSS growth beyond 10% and no growth in open handles after warm-up, no errors`);
  process.exit(ok ? 0 : 1);
}
if (ONLY) {
  const result = await measure(ONLY === 'between' ? startBetween : startBaseline, 100_000);
  report(ONLY, result);
  process.exit(0);
}
const between = await measure(startBetween, 100_000);
const baseline = await measure(startBaseline, 200_000);

console.log('\nresults');
const betweenRate = report('Between', between);
const baselineRate = report('bare grammY + one Prisma write', baseline);
const ratio = baselineRate / Math.max(betweenRate, 1e-9);
const openRate = between.open.updates / between.open.seconds;
const replyP99 = percentile(between.open.replyMs, 99);
const betweenErrors = Object.values(between.errors).reduce((sum, count) => sum + count, 0);
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
console.log(`\n  cost relative to the baseline (closed-loop throughput): ${ratio.toFixed(2)}× (goal ≤ ${GOAL_RATIO}×: ${verdict(ratio <= GOAL_RATIO)})`);
console.log(
  `  throughput: ${betweenRate.toFixed(0)} updates/s (goal ≥ ${GOAL_UPDATES_PER_SECOND}: ${verdict(betweenRate >= GOAL_UPDATES_PER_SECOND)}; below ${DEFECT_UPDATES_PER_SECOND}/s is a defect${betweenRate < DEFECT_UPDATES_PER_SECOND ? ' — DEFECT' : ''})`,
);
const sustained = between.open.missedArrivals === 0 && openRate >= RATE * 0.97;
console.log(
  `  reply p99 at ${openRate.toFixed(0)} updates/s (offered ${RATE}/s): ${replyP99.toFixed(0)} ms (goal ≤ ${GOAL_REPLY_P99_MS} ms: ${verdict(replyP99 <= GOAL_REPLY_P99_MS && sustained)}${sustained ? '' : '; the offered rate was not sustained'})`,
);
console.log(`  errors: ${betweenErrors}`);
process.exit(betweenErrors === 0 ? 0 : 1);
