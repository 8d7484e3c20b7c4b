import type { Store } from '../db/store.js';
import type { SchedulerJob } from './scheduler.js';

/** Dedupe keys are kept this long: platforms stop redelivering within minutes to a day. */
export const PROCESSED_UPDATE_RETENTION_MS = 3 * 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/**
 * Hourly housekeeping: forgets old inbound-update dedupe keys. (Telegram may reuse update ids after
 * a quiet week, so keys must not outlive that.) Idempotent, so every instance may run it.
 */
export function maintenanceJob(store: Store): SchedulerJob {
  let lastRun = 0;
  return {
    name: 'maintenance',
    async run(now) {
      if (now.getTime() - lastRun < PRUNE_EVERY_MS) return 0;
      lastRun = now.getTime();
      await store.repos.processedUpdates.prune(new Date(now.getTime() - PROCESSED_UPDATE_RETENTION_MS));
      return 0;
    },
  };
}
