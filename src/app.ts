import { hostname } from 'node:os';
import type { Server } from 'node:http';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { ChatAdapter } from './core/adapter.js';
import { systemClock, type Clock } from './core/clock.js';
import { BetweenCore } from './core/core.js';
import { loadFieldCrypto } from './data-key.js';
import { openDatabase, type Database } from './db/client.js';
import { migrateDatabase } from './db/migrate.js';
import { Store } from './db/store.js';
import { DeliveryWorker } from './delivery/worker.js';
import { startHealthServer } from './health.js';
import { Scheduler } from './scheduling/scheduler.js';

/** Builds the adapters once the core exists (they need its command list and its `handle`). */
export type AdapterFactory = (core: BetweenCore) => Promise<ChatAdapter[]> | ChatAdapter[];

export interface App {
  core: BetweenCore;
  store: Store;
  database: Database;
  worker: DeliveryWorker;
  scheduler: Scheduler;
  adapters: ChatAdapter[];
  /** Stops taking input, delivers what is due (briefly), and closes everything. Idempotent. */
  stop(): Promise<void>;
}

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
  const clock = options.clock ?? systemClock;

  const { applied } = await migrateDatabase(config.DATABASE_URL);
  if (applied.length > 0) logger.info({ migrations: applied }, 'applied database migrations');
  const crypto = loadFieldCrypto(config, logger);
  const database = await openDatabase(config.DATABASE_URL);
  const store = new Store(database, crypto);

  // The worker is created after the adapters, which need the core; the core only calls
  // `onEnqueued` once adapters deliver events, by which time the worker exists.
  const core: BetweenCore = new BetweenCore({
    store,
    clock,
    logger,
    defaultTimezone: config.DEFAULT_TIMEZONE,
    crisisRegion: config.CRISIS_REGION,
    phq9Enabled: config.PHQ9_ENABLED,
    onEnqueued: () => worker.wake(),
  });
  const adapters = await options.adapters(core);
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
    onEnqueued: () => worker.wake(),
  });
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
      await database.close();
      logger.info('stopped');
    })());

  return { core, store, database, worker, scheduler, adapters, stop };
}
