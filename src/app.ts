import { hostname } from 'node:os';
import type { Server } from 'node:http';
import { ConfigError, type Config } from './config.js';
import type { Logger } from './logger.js';
import { setMissingMessagePolicy, setTherapistLocale, storedLocale, therapistLocales } from './core/i18n/index.js';
import type { ChatAdapter } from './core/adapter.js';
import { systemClock, type Clock } from './core/clock.js';
import { BetweenCore } from './core/core.js';
import type { ErasureScrubber } from './core/privacy/erasure.js';
import { loadFieldCrypto } from './data-key.js';
import { holdsEncryptedData, openDatabase, type Database } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import { Store } from './db/store.js';
import { DeliveryWorker } from './delivery/worker.js';
import { platformOf } from './core/events.js';
import { startHealthServer } from './health.js';
import { Scheduler } from './scheduling/scheduler.js';
import { PARTNER_DIGEST_KIND } from './core/partners/digest.js';
import { maintenanceJob } from './scheduling/maintenance.js';
import { TherapistService } from './core/therapists/therapist-service.js';
import { RiskRealertJob } from './core/therapists/risk-realert-job.js';
import { AcknowledgedAlertsJob, RiskEscalationJob } from './core/therapists/risk-escalation-job.js';
import { TherapistSummaryJob } from './core/summaries/summary-job.js';
import { PreSessionBriefJob } from './core/therapists/brief-job.js';
import { chartRenderer } from './core/summaries/chart-renderer.js';
import type { MeasurementSettings } from './core/summaries/not-on-track.js';
import { createExerciseFollowUpJob } from './core/exercises/follow-up-job.js';
import { HOMEWORK_REMINDER_KIND } from './core/therapists/homework-reminder.js';

/** Services beside the client-side core that adapters may serve (the therapist workspace). */
export interface AppServices {
  therapists: TherapistService;
}

/** Builds the adapters once the core exists (they need its command list and its `handle`). */
export type AdapterFactory = (core: BetweenCore, services: AppServices) => Promise<ChatAdapter[]> | ChatAdapter[];

export interface App {
  core: BetweenCore;
  store: Store;
  database: Database;
  worker: DeliveryWorker;
  scheduler: Scheduler;
  adapters: ChatAdapter[];
  /** The therapist side: registration, roster, homework, summaries, risk acknowledgements. */
  therapists: TherapistService;
  /** Weekly summaries and daily digests (a scheduler job; exposed for tests and benchmarks). */
  summaryJob: TherapistSummaryJob;
  /** Pre-session briefs and the sessions' roll-over (a scheduler job; exposed for tests and benchmarks). */
  briefJob: PreSessionBriefJob;
  /** Stops taking input, delivers what is due (briefly), and closes everything. Idempotent. */
  stop(): Promise<void>;
}

/**
 * While this many replies to one platform wait in this process to be sent, new events from that
 * platform wait before being handled (backpressure: prompt replies rather than a growing queue).
 * About the delivery lane's concurrency: enough to keep it busy, few enough that a reply does not
 * queue behind many others.
 */
const DELIVERY_BACKLOG_LIMIT = 16;

/** How long a clean shutdown waits for due replies to go out. */
const SHUTDOWN_DRAIN_MS = 3_000;

/**
 * The composition root shared by `src/main.ts` and the tests: database (migrated) → store → core →
 * delivery worker → adapters → health endpoint.
 */
export async function startApp(options: {
  config: Config;
  logger: Logger;
  adapters: AdapterFactory;
  clock?: Clock;
  workerIdlePollMs?: number;
  /** Tests drive the scheduler's ticks themselves. */
  startScheduler?: boolean;
}): Promise<App> {
  const { config, logger } = options;
  // A message missing from a catalog fails loudly in tests; elsewhere English stands in, with a warning.
  setMissingMessagePolicy(config.NODE_ENV === 'test' ? 'throw' : { fallback: logger });
  if (!(therapistLocales() as string[]).includes(config.THERAPIST_LOCALE)) {
    throw new ConfigError(`Invalid configuration: THERAPIST_LOCALE ${config.THERAPIST_LOCALE} has no therapist catalogs (locales/<lang>/therapist-*.ftl); shipped: ${therapistLocales().join(', ')} — for example THERAPIST_LOCALE=en`);
  }
  setTherapistLocale(storedLocale(config.THERAPIST_LOCALE));
  const clock = options.clock ?? systemClock;

  const { applied } = await migrateDatabase(config.DATABASE_URL);
  if (applied.length > 0) logger.info({ migrations: applied }, 'applied database migrations');
  const database = await openDatabase(config.DATABASE_URL);
  // Whether anything encrypted is stored decides if a missing key file is a first start or a loss.
  const crypto = loadFieldCrypto(config, logger, { holdsData: await holdsEncryptedData(database.prisma) });
  const store = new Store(database, crypto);

  const scrubber: ErasureScrubber = {
    async removeFiles(addresses) {
      for (const adapter of adapters) await adapter.forget?.(addresses);
    },
    async scrubDatabase() {
      const { complete } = await store.scrubFreedSpace();
      logger.info({ provider: database.provider, complete }, 'freed space scrubbed after an erasure');
    },
  };
  // The worker is created after the adapters, which need the core; the core only calls
  // `onEnqueued` (or the scrubber) once adapters deliver events, by which time both exist.
  const core: BetweenCore = new BetweenCore({
    store,
    clock,
    logger,
    defaultTimezone: config.DEFAULT_TIMEZONE,
    crisisRegion: config.CRISIS_REGION,
    beforeHandle: (event) => worker.whenBelow(platformOf(event.address), DELIVERY_BACKLOG_LIMIT),
    phq9Enabled: config.PHQ9_ENABLED,
    partnerLimit: config.PARTNER_LIMIT,
    erasure: { auditRetentionDays: config.AUDIT_RETENTION_DAYS, scrubber },
    onEnqueued: () => worker.wake(),
    hasButtons: (platform) => adapters.find((adapter) => adapter.platform === platform)?.capabilities.buttons ?? true,
    delivery: {
      claimFor: (platform, now) => worker.claimFor(platform, now),
      handOff: (messages) => worker.handOff(messages),
    },
  });
  const measurement: MeasurementSettings = { changeMethod: config.CHANGE_METHOD, homeworkTargetPercent: config.HOMEWORK_TARGET_PERCENT };
  const therapists = new TherapistService({
    store,
    clock,
    logger,
    adminUserIds: config.SLACK_ADMIN_USER_IDS,
    phiAllowed: config.SLACK_PHI_ALLOWED,
    defaultDetailLevel: config.DEFAULT_DETAIL_LEVEL,
    measurement,
    briefHoursBefore: config.BRIEF_HOURS_BEFORE,
    onEnqueued: () => worker.wake(),
  });
  const adapters = await options.adapters(core, { therapists });
  const worker = new DeliveryWorker({
    store,
    adapters,
    clock,
    logger,
    maxAttempts: config.OUTBOX_MAX_ATTEMPTS,
    workerId: config.INSTANCE_ID ?? `${hostname()}:${process.pid}`,
    ...(options.workerIdlePollMs !== undefined && { idlePollMs: options.workerIdlePollMs }),
  });
  worker.start();
  const scheduler = new Scheduler({
    store,
    clock,
    logger,
    followUpAfterMs: config.FOLLOW_UP_AFTER_MINUTES * 60_000,
    catchUpGraceMs: config.CATCH_UP_GRACE_MINUTES * 60_000,
    kinds: [PARTNER_DIGEST_KIND],
    jobs: [maintenanceJob(store, { auditRetentionDays: config.AUDIT_RETENTION_DAYS })],
    onEnqueued: () => worker.wake(),
  });
  const summaryJob = new TherapistSummaryJob({ store, logger, phiAllowed: config.SLACK_PHI_ALLOWED, measurement });
  scheduler.addJob(summaryJob);
  const briefJob = new PreSessionBriefJob({ store, logger, phiAllowed: config.SLACK_PHI_ALLOWED, hoursBefore: config.BRIEF_HOURS_BEFORE, measurement });
  scheduler.addJob(briefJob);
  scheduler.addKind(HOMEWORK_REMINDER_KIND);
  scheduler.addJob(new RiskRealertJob({ store, logger, realertMinutes: config.RISK_REALERT_MINUTES }));
  scheduler.addJob(
    new RiskEscalationJob({
      store,
      logger,
      escalateMinutes: config.RISK_ESCALATE_MINUTES,
      channelId: config.SLACK_ESCALATION_CHANNEL,
      adminUserIds: config.SLACK_ADMIN_USER_IDS,
      directoryFor: (platform) => adapters.find((adapter) => adapter.platform === platform)?.workspace,
    }),
  );
  scheduler.addJob(new AcknowledgedAlertsJob({ store }));
  scheduler.addJob(createExerciseFollowUpJob({ store }));
  for (const adapter of adapters) {
    await adapter.start((event) => core.handle(event));
    logger.info({ platform: adapter.platform }, 'adapter started');
  }

  if (options.startScheduler !== false) scheduler.start();

  let health: Server | undefined;
  if (config.HEALTH_PORT > 0) {
    health = await startHealthServer(config.HEALTH_PORT, async () => {
      await database.prisma.$queryRawUnsafe('SELECT 1');
    });
  }

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      await scheduler.stop();
      for (const adapter of adapters) await adapter.stop().catch((err: unknown) => logger.error({ err }, 'adapter stop failed'));
      await worker.drain(SHUTDOWN_DRAIN_MS);
      await worker.stop();
      await new Promise<void>((resolve) => (health ? health.close(() => resolve()) : resolve()));
      await chartRenderer.close();
      await database.close();
      logger.info('stopped');
    })());

  return { core, store, database, worker, scheduler, adapters, therapists, summaryJob, briefJob, stop };
}
