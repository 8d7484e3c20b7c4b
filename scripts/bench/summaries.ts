// Weekly therapist summaries and pre-session briefs at practice scale: 50 therapists × 20 clients
// (1,000), each client with a year of history — a check-in most days, a weekly questionnaire, a
// weekly thought record, mindfulness twice a week, and the homework for all three with its
// completions. Builds every weekly summary, then every pre-session brief (each with its PNG chart),
// and delivers all of them through the Slack adapter to a fake Slack on 127.0.0.1 that caps
// chat.postMessage at 1 message/s per channel (each therapist's DM is its own channel, so
// therapists are delivered in parallel). Reports build time per client (p50/p95), delivery time
// and 429s.
//
// "Build time per client" is wall time, for one client, from starting to read its data to its
// message — the text and the chart's PNG — being ready to enqueue: what the job (and a therapist
// asking on demand) waits for before that message can go. The chart is drawn on the chart worker
// from the moment the client's mood is read, while the rest of the summary is read and written, so
// it includes the wait for the chart, not the chart's render time added to the text's. "text built"
// is the same wall time up to the text alone; "chart render" is the worker's own time per chart.
// "per therapist" is a therapist's whole weekly batch: nothing of it is enqueued before the last
// client is built. Wall times include whatever else the machine runs (report the load with them).
// Usage: npm run bench:summaries [-- --therapists 50 --clients 20 --days 365]
import { randomUUID } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { Writable } from 'node:stream';
import { createSlackAdapter } from '../../adapters/slack/index.js';
import { startApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { localDateOf } from '../../src/core/time.js';
import { FieldCrypto } from '../../src/privacy/field-crypto.js';
import { createLogger } from '../../src/logger.js';
import { FakeSlackServer } from '../../test/fakes/slack-server.js';
import { benchDatabase, ms, percentile, rssMb } from './common.js';

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const THERAPISTS = arg('therapists', 50);
const CLIENTS = arg('clients', 20);
const DAYS = arg('days', 365);
const ZONE = 'America/New_York';
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
  const crypto = FieldCrypto.fromBase64(config.BETWEEN_DATA_KEY!);
  const prisma = app.database.prisma;
  const seedStarted = performance.now();
  let rows = 0;
  const links: { linkId: string }[] = [];
  for (let t = 0; t < THERAPISTS; t++) {
    const checkIns: object[] = [];
    const thoughts: object[] = [];
    const results: object[] = [];
    const exercises: object[] = [];
    const completions: object[] = [];
    await app.store.transaction(async (repos) => {
      const therapist = await repos.therapists.create(
        { workspaceId: 'TBENCH', userId: `UT${t}`, platform: 'slack', identityUserId: `TBENCH:UT${t}`, address: `slack:TBENCH:DT${t}`, timezone: 'UTC', detailLevel: 'clinical', approvedAt: now },
        now,
      );
      await repos.therapists.updateSettings(therapist.personId, { weeklyDay: WEEKDAYS[now.getUTCDay()]!, summaryTime });
      for (let c = 0; c < CLIENTS; c++) {
        const client = await repos.people.create({ timezone: ZONE, consentedAt: now, onboardedAt: now }, { platform: 'bench', platformUserId: `c${t}-${c}`, address: `bench:c${t}-${c}` }, now);
        const code = randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase();
        await repos.care.createCode({ code, therapistId: therapist.personId, alias: `Client ${c + 1}`, expiresAt: new Date(now.getTime() + DAY_MS), at: now });
        const redeemed = await repos.care.redeemCode(code, client.id, now);
        if (redeemed.ok) links.push({ linkId: redeemed.link.id });
        const since = new Date(now.getTime() - (DAYS + 1) * DAY_MS);
        const checkinHw = await repos.homework.assign({ personId: client.id, therapistId: therapist.personId, kind: 'checkin', cadence: 'daily', at: since });
        const thoughtHw = await repos.homework.assign({ personId: client.id, therapistId: therapist.personId, kind: 'thought', cadence: 'days:mon', at: since });
        const mindHw = await repos.homework.assign({ personId: client.id, therapistId: therapist.personId, kind: 'mindfulness', cadence: 'days:tue,fri', at: since });
        // A year of history, written in bulk after the transaction (rows as the repositories write them).
        for (let d = DAYS; d >= 1; d--) {
          const at = new Date(now.getTime() - d * DAY_MS + 3600_000);
          const localDate = localDateOf(at, ZONE);
          const weekday = new Date(`${localDate}T12:00:00Z`).getUTCDay();
          if ((c + d) % 5 !== 0) {
            const id = randomUUID();
            checkIns.push({ id, personId: client.id, mood: (c + d * 3) % 11, emotions: JSON.stringify([{ emotion: 'anxious', intensity: 40 + (d % 10) * 5 }]), coping: '["breathing"]', detailsEnc: crypto.encryptJson({ note: 'bench note' }, { table: 'CheckIn', column: 'detailsEnc', rowId: id }), localDate, createdAt: at });
            completions.push({ id: randomUUID(), assignmentId: checkinHw, localDate, sourceKind: 'checkin', sourceId: id, createdAt: at });
          }
          if (weekday === 1 && (c + d) % 3 !== 0) {
            const id = randomUUID();
            const content = { situation: 'bench', moods: [{ mood: 'anxious', before: 80, after: 50 }], thoughts: ['x'], hotThought: 'x', distortions: ['labeling'], evidenceFor: '', evidenceAgainst: '', balancedThought: 'y', balancedBelief: 60 };
            thoughts.push({ id, personId: client.id, contentEnc: crypto.encryptJson(content, { table: 'ThoughtRecord', column: 'contentEnc', rowId: id }), distortions: '["labeling","mental_filter"]', moodBefore: 80, moodAfter: 50, localDate, createdAt: at });
            completions.push({ id: randomUUID(), assignmentId: thoughtHw, localDate, sourceKind: 'thought', sourceId: id, createdAt: at });
          }
          if ((weekday === 2 || weekday === 5) && (c + d) % 4 !== 0) {
            const id = randomUUID();
            exercises.push({ id, personId: client.id, kind: 'mindfulness', contentEnc: crypto.encryptJson({ practice: 'box', stressBefore: 7, stressAfter: 4 }, { table: 'ExerciseEntry', column: 'contentEnc', rowId: id }), localDate, status: 'done', createdAt: at, updatedAt: at });
            completions.push({ id: randomUUID(), assignmentId: mindHw, localDate, sourceKind: 'mindfulness', sourceId: id, createdAt: at });
          }
          if (weekday === 3) {
            const id = randomUUID();
            const total = Math.max(0, 18 - Math.floor((DAYS - d) / 30) + (c % 5));
            results.push({ id, personId: client.id, instrument: 'phq9', instrumentVersion: 'en-2', answersEnc: crypto.encryptJson({}, { table: 'AssessmentResult', column: 'answersEnc', rowId: id }), total, band: total >= 10 ? 'moderate' : 'mild', notes: '[]', localDate, createdAt: at });
          }
        }
      }
    });
    for (let i = 0; i < checkIns.length; i += 2_000) await prisma.checkIn.createMany({ data: checkIns.slice(i, i + 2_000) as never });
    for (let i = 0; i < thoughts.length; i += 2_000) await prisma.thoughtRecord.createMany({ data: thoughts.slice(i, i + 2_000) as never });
    for (let i = 0; i < results.length; i += 2_000) await prisma.assessmentResult.createMany({ data: results.slice(i, i + 2_000) as never });
    for (let i = 0; i < exercises.length; i += 2_000) await prisma.exerciseEntry.createMany({ data: exercises.slice(i, i + 2_000) as never });
    for (let i = 0; i < completions.length; i += 2_000) await prisma.homeworkCompletion.createMany({ data: completions.slice(i, i + 2_000) as never });
    rows += checkIns.length + thoughts.length + results.length + exercises.length + completions.length;
  }
  const seedMs = performance.now() - seedStarted;
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  const line = (values: number[]) => `mean ${ms(mean(values))} · p50 ${ms(percentile(values, 50))} · p95 ${ms(percentile(values, 95))}`;
  const delivered = async (posts: number, uploads: number, what: string) => {
    const deadline = Date.now() + 15 * 60_000;
    while (fake.calls('chat.postMessage').filter((c) => c.status === 200).length < posts || [...fake.files.values()].filter((f) => f.completed).length < uploads) {
      if (Date.now() > deadline) throw new Error(`${what}: delivery did not finish in 15 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const clients = THERAPISTS * CLIENTS;

  // 1. The weekly summary of every client.
  let started = performance.now();
  const enqueued = await app.summaryJob.run(new Date());
  const summaryBuildMs = performance.now() - started;
  const summaryStats = app.summaryJob.lastRun;
  await delivered(THERAPISTS * (CLIENTS + 1), clients, 'summaries');
  const summaryTotalMs = performance.now() - started;
  const summary429 = fake.rateLimitCount;

  // 2. A session for every client in 1 h 59 min, the last one a week ago: every brief falls due now.
  const sessionAt = new Date(now.getTime() + 2 * 3600_000 - 60_000);
  await prisma.careLink.updateMany({ data: { sessionRule: 'weekly:mon', sessionTime: '09:00', sessionZone: 'UTC', nextSessionAt: sessionAt, lastSessionAt: new Date(now.getTime() - 7 * DAY_MS) } });
  const postsBefore = fake.calls('chat.postMessage').filter((c) => c.status === 200).length;
  started = performance.now();
  const briefs = await app.briefJob.run(new Date());
  const briefBuildMs = performance.now() - started;
  const briefStats = app.briefJob.lastRun;
  await delivered(postsBefore + clients, 2 * clients, 'briefs');
  const briefTotalMs = performance.now() - started;

  await app.worker.drain(5_000); // the last acknowledgements are batched
  const counts = await app.store.repos.outbox.countByStatus();
  await app.stop();
  await fake.stop();
  await database.dispose();

  console.log(`Weekly summaries and pre-session briefs: ${THERAPISTS} therapists × ${CLIENTS} clients, ${DAYS} days of history each (SQLite; fake Slack caps 1 msg/s per channel; adapter paces 20 msg/s, 1.1 s per channel)`);
  console.log(`  seeded ${rows} rows of history in   ${ms(seedMs)} (${links.length} clients)`);
  console.log(`  weekly summaries built          ${summaryStats.summaries} (messages enqueued: ${enqueued}) in ${ms(summaryBuildMs)}`);
  console.log(`    per client (text and chart)   ${line(summaryStats.buildMs)}`);
  console.log(`      of which text built         ${line(summaryStats.dataMs)}`);
  console.log(`      chart render (worker)       ${line(summaryStats.chartMs)}`);
  console.log(`    per therapist (${CLIENTS} clients)    ${line(summaryStats.therapistMs)}`);
  console.log(`    build + delivery              ${ms(summaryTotalMs)} · 429s ${summary429}`);
  console.log(`  pre-session briefs built        ${briefStats.briefs} (messages enqueued: ${briefs}) in ${ms(briefBuildMs)}`);
  console.log(`    per client (text and chart)   ${line(briefStats.buildMs)}`);
  console.log(`      of which text built         ${line(briefStats.dataMs)}`);
  console.log(`      chart render (worker)       ${line(briefStats.chartMs)}`);
  console.log(`    build + delivery              ${ms(briefTotalMs)} · 429s ${fake.rateLimitCount - summary429}`);
  console.log(`  chat.postMessage 200s           ${fake.calls('chat.postMessage').filter((c) => c.status === 200).length}`);
  console.log(`  chart uploads completed         ${[...fake.files.values()].filter((f) => f.completed).length}`);
  console.log(`  429s from the fake, in all      ${fake.rateLimitCount}`);
  console.log(`  outbox                          ${JSON.stringify(counts)}`);
  console.log(`  rss                             ${rssMb()}`);
  console.log(`  load average at the end         ${loadavg().map((load) => load.toFixed(1)).join(' ')} (${availableParallelism()} CPUs)`);
}

await main();
