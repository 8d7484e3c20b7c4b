// Weekly therapist summaries at practice scale: 50 therapists × 20 clients with a week of data.
// Builds every summary (with its PNG chart) and delivers all of them through the Slack adapter to
// a fake Slack on 127.0.0.1 that caps chat.postMessage at 1 message/s per channel (each therapist's
// DM is its own channel, so therapists are delivered in parallel). Reports total time, time per
// summary build, chart render time and 429s. Usage: npm run bench:summaries [-- --therapists 50 --clients 20]
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { createSlackAdapter } from '../../adapters/slack/index.js';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { localDateOf } from '../../src/core/time.js';
import { createLogger } from '../../src/logger.js';
import { FakeSlackServer } from '../../test/fakes/slack-server.js';
import { benchDatabase, ms, percentile, rssMb } from './common.js';

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const THERAPISTS = arg('therapists', 50);
const CLIENTS = arg('clients', 20);
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY_MS = 24 * 60 * 60 * 1000;

async function main(): Promise<void> {
  const database = await benchDatabase('sqlite');
  const fake = new FakeSlackServer();
  await fake.start();
  fake.perChannelPerSecond = 1;
  const logger = createLogger({ level: 'warn', format: 'json', secrets: [], destination: new Writable({ write: (_c, _e, cb) => cb() }) });
  const config = loadConfig({
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    BETWEEN_DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
    SLACK_BOT_TOKEN: fake.token,
    SLACK_SIGNING_SECRET: fake.signingSecret,
    SLACK_API_URL: fake.apiUrl,
    SLACK_PORT: '0',
    LOG_LEVEL: 'warn',
  });
  const app = await startApp({
    config,
    logger,
    startScheduler: false,
    adapters: (_core, services) => [
      createSlackAdapter({ botToken: fake.token, signingSecret: fake.signingSecret, apiUrl: fake.apiUrl, port: 0, host: '127.0.0.1', therapists: services.therapists, logger }),
    ],
  });

  const now = new Date();
  const summaryTime = `${String(now.getUTCHours()).padStart(2, '0')}:${String(now.getUTCMinutes()).padStart(2, '0')}`;
  const seedStarted = performance.now();
  for (let t = 0; t < THERAPISTS; t++) {
    await app.store.transaction(async (repos) => {
      const therapist = await repos.therapists.create(
        { workspaceId: 'TBENCH', userId: `UT${t}`, platform: 'slack', identityUserId: `TBENCH:UT${t}`, address: `slack:TBENCH:DT${t}`, timezone: 'UTC', detailLevel: 'clinical', approvedAt: now },
        now,
      );
      await repos.therapists.updateSettings(therapist.personId, { weeklyDay: WEEKDAYS[now.getUTCDay()]!, summaryTime });
      for (let c = 0; c < CLIENTS; c++) {
        const client = await repos.people.create({ timezone: 'America/New_York', consentedAt: now, onboardedAt: now }, { platform: 'bench', platformUserId: `c${t}-${c}`, address: `bench:c${t}-${c}` }, now);
        const code = randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase();
        await repos.care.createCode({ code, therapistId: therapist.personId, alias: `Client ${c + 1}`, expiresAt: new Date(now.getTime() + DAY_MS), at: now });
        await repos.care.redeemCode(code, client.id, now);
        await repos.homework.assign({ personId: client.id, therapistId: therapist.personId, kind: 'checkin', cadence: 'daily', at: new Date(now.getTime() - 8 * DAY_MS) });
        for (let d = 1; d <= 7; d++) {
          const at = new Date(now.getTime() - d * DAY_MS + 3600_000);
          const localDate = localDateOf(at, 'America/New_York');
          if ((c + d) % 4 === 0) continue; // some missed days
          const checkInId = await repos.checkIns.create({ personId: client.id, mood: (c + d * 3) % 11, emotions: [{ emotion: 'anxious', intensity: 40 + d * 5 }], coping: ['breathing'], details: { note: 'bench note' }, localDate, at });
          await repos.homework.complete(client.id, 'checkin', localDate, { kind: 'checkin', id: checkInId }, at);
        }
        for (let r = 0; r < 2; r++) {
          const at = new Date(now.getTime() - (2 + r * 3) * DAY_MS);
          await repos.thoughtRecords.create(client.id, { situation: 'bench', moods: [{ mood: 'anxious', before: 80, after: 50 }], thoughts: ['x'], hotThought: 'x', distortions: ['labeling', 'mental_filter'], evidenceFor: '', evidenceAgainst: '', balancedThought: 'y', balancedBelief: 60 }, localDateOf(at, 'UTC'), at);
        }
        await repos.assessments.create({ personId: client.id, instrument: 'phq8', instrumentVersion: 'en-1', answers: {}, total: (c * 3) % 24, band: 'mild', notes: [], localDate: localDateOf(now, 'UTC'), at: new Date(now.getTime() - 3 * DAY_MS) });
      }
    });
  }
  const seedMs = performance.now() - seedStarted;

  const started = performance.now();
  const enqueued = await app.summaryJob.run(new Date());
  const buildMs = performance.now() - started;
  const stats = app.summaryJob.lastRun;
  const expectedPosts = THERAPISTS * (CLIENTS + 1);
  const deadline = Date.now() + 10 * 60_000;
  while (fake.calls('chat.postMessage').filter((c) => c.status === 200).length < expectedPosts || [...fake.files.values()].filter((f) => f.completed).length < THERAPISTS * CLIENTS) {
    if (Date.now() > deadline) throw new Error('delivery did not finish in 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const totalMs = performance.now() - started;
  await app.worker.drain(5_000); // the last acknowledgements are batched
  const counts = await app.store.repos.outbox.countByStatus();
  await app.stop();
  await fake.stop();
  await database.dispose();

  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  console.log(`Weekly summaries: ${THERAPISTS} therapists × ${CLIENTS} clients (SQLite; fake Slack caps 1 msg/s per channel; adapter paces 20 msg/s, 1.1 s per channel)`);
  console.log(`  seeded a week of data in        ${ms(seedMs)}`);
  console.log(`  summaries built                 ${stats.summaries} (messages enqueued: ${enqueued})`);
  console.log(`  build, all summaries            ${ms(buildMs)}`);
  console.log(`  build per summary               mean ${ms(mean(stats.buildMs))} · p50 ${ms(percentile(stats.buildMs, 50))} · p95 ${ms(percentile(stats.buildMs, 95))}`);
  console.log(`  chart render (echarts+resvg)    mean ${ms(mean(stats.chartMs))} · p50 ${ms(percentile(stats.chartMs, 50))} · p95 ${ms(percentile(stats.chartMs, 95))}`);
  console.log(`  total, build + delivery         ${ms(totalMs)}`);
  console.log(`  chat.postMessage 200s           ${fake.calls('chat.postMessage').filter((c) => c.status === 200).length}`);
  console.log(`  chart uploads completed         ${[...fake.files.values()].filter((f) => f.completed).length}`);
  console.log(`  429s from the fake              ${fake.rateLimitCount}`);
  console.log(`  outbox                          ${JSON.stringify(counts)}`);
  console.log(`  rss                             ${rssMb()}`);
}

await main();
