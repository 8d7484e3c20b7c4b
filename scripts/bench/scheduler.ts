// npm run bench:scheduler — 100,000 clients across ~400 IANA zones: p50/p99 of one scheduler tick's
// due query + claim on SQLite and PostgreSQL, and the idle CPU of a started scheduler.
// Options: --clients N (default 100000), --ticks N (default 240), --sqlite-only
import { randomUUID } from 'node:crypto';
import { openDatabase } from '../../src/db/client.js';
import { Store } from '../../src/db/store.js';
import { FieldCrypto, generateDataKey } from '../../src/privacy/field-crypto.js';
import { Scheduler } from '../../src/scheduling/scheduler.js';
import { systemClock } from '../../src/core/clock.js';
import { createLogger } from '../../src/logger.js';
import { benchDatabase, ms, percentile, providers } from './common.js';
import { nextOccurrence } from '../../src/core/time.js';

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const CLIENTS = arg('clients', 100_000);
const TICKS = arg('ticks', 240);
const ZONES = Intl.supportedValuesOf('timeZone');
const START = new Date('2026-06-01T00:00:00Z');
const CHUNK = 2_000;

for (const provider of await providers()) {
  const bench = await benchDatabase(provider);
  const database = await openDatabase(bench.url);
  const store = new Store(database, FieldCrypto.fromBase64(generateDataKey()));
  const seedStarted = performance.now();
  for (let offset = 0; offset < CLIENTS; offset += CHUNK) {
    const people = [];
    const schedules = [];
    for (let i = offset; i < Math.min(CLIENTS, offset + CHUNK); i++) {
      const zone = ZONES[i % ZONES.length]!;
      const minutes = (i * 7) % (24 * 60);
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      const id = randomUUID();
      const next = nextOccurrence({ time, days: 'daily', zone, after: START });
      people.push({ id, timezone: zone, promptTime: time });
      schedules.push({ id: randomUUID(), personId: id, kind: 'checkin', localTime: time, nextDueAt: next.dueAt, nextLocalDate: next.localDate });
    }
    await database.prisma.person.createMany({ data: people });
    await database.prisma.promptSchedule.createMany({ data: schedules });
  }
  console.log(`\n== ${provider}: seeded ${CLIENTS.toLocaleString()} clients in ${ZONES.length} zones in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

  // One tick per simulated minute: the due query + claim, then advance what was claimed by a day.
  const timings: number[] = [];
  let claimedTotal = 0;
  for (let minute = 0; minute < TICKS; minute++) {
    const now = new Date(START.getTime() + minute * 60_000);
    const started = performance.now();
    const claimed = await store.repos.schedules.claimDue('nextDueAt', now, 60_000, 500);
    timings.push(performance.now() - started);
    claimedTotal += claimed.length;
    if (claimed.length) {
      await database.prisma.promptSchedule.updateMany({
        where: { id: { in: claimed.map((s) => s.id) } },
        data: { nextDueAt: new Date(now.getTime() + 86_400_000), leaseUntil: null },
      });
    }
  }
  console.log(`ticks: ${TICKS} simulated minutes, ${claimedTotal} schedules due (${(claimedTotal / TICKS).toFixed(0)}/tick on average)`);
  console.log(`due query + claim: p50 ${ms(percentile(timings, 50))}, p99 ${ms(percentile(timings, 99))}, max ${ms(Math.max(...timings))}`);

  // Idle CPU: a started scheduler (minute cron, nothing due now) for 10 seconds.
  const scheduler = new Scheduler({ store, clock: systemClock, logger: createLogger({ level: 'silent', format: 'json' }), followUpAfterMs: 0, catchUpGraceMs: 0 });
  await database.prisma.promptSchedule.updateMany({ data: { nextDueAt: new Date(Date.now() + 86_400_000) } });
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  scheduler.start();
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  await scheduler.stop();
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  console.log(`idle: ${ms(cpuMs)} CPU over ${((performance.now() - wallBefore) / 1000).toFixed(1)} s (${((cpuMs / (performance.now() - wallBefore)) * 100).toFixed(2)} % of one core, incl. the first catch-up tick)`);

  await database.close();
  await bench.dispose();
}
