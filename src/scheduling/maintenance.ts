import type { Store } from '../db/store.js';
import type { SchedulerJob } from './scheduler.js';

/** Dedupe keys are kept this long: platforms stop redelivering within minutes to a day. */
export const PROCESSED_UPDATE_RETENTION_MS = 3 * 24 * 60 * 60 * 1000;
/** Sent messages are kept this long (troubleshooting), then forgotten: they hold what was said. */
export const OUTBOX_SENT_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
/** Dead-lettered and unknown messages stay longer, for `npm run outbox -- --dead`. */
export const OUTBOX_FAILED_RETENTION_MS = 30 * 24 * 60 * 60 * 1000;
/**
 * Rate-limit attempts are kept this long: longer than any window they are counted in (an hour for
 * codes and partner joins, a day for cheers and snoozes), then forgotten.
 */
export const RATE_LIMIT_RETENTION_MS = 2 * 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface MaintenanceOptions {
  /** Audit events older than this many days are deleted; 0 keeps them indefinitely. */
  auditRetentionDays: number;
}

/**
 * Hourly housekeeping: forgets old inbound-update dedupe keys (Telegram may reuse update ids after
 * a quiet week, so keys must not outlive that), finished outbox messages (data minimisation; a
 * reply's idempotency key then cannot collide with a reused update id either), rate-limit attempts
 * past every window and audit events past their retention. Idempotent, so every instance may run it.
 */
export function maintenanceJob(store: Store, options: MaintenanceOptions): SchedulerJob {
  let lastRun = 0;
  return {
    name: 'maintenance',
    async run(now) {
      if (now.getTime() - lastRun < PRUNE_EVERY_MS) return 0;
      lastRun = now.getTime();
      await store.repos.processedUpdates.prune(new Date(now.getTime() - PROCESSED_UPDATE_RETENTION_MS));
      await store.repos.outbox.prune(new Date(now.getTime() - OUTBOX_SENT_RETENTION_MS), new Date(now.getTime() - OUTBOX_FAILED_RETENTION_MS));
      await store.repos.rateLimits.prune(new Date(now.getTime() - RATE_LIMIT_RETENTION_MS));
      if (options.auditRetentionDays > 0) await store.repos.audit.prune(new Date(now.getTime() - options.auditRetentionDays * DAY_MS));
      return 0;
    },
  };
}
