import type { Logger } from '../../logger.js';
import type { Store } from '../../db/store.js';
import type { SchedulerJob } from '../../scheduling/scheduler.js';
import { alertAddressOf, RISK_MESSAGE_KEYS, riskAlertMessage } from './risk-alert.js';
import { NON_ALERTING_SEVERITIES } from '../summaries/risk-sources.js';

/** Unacknowledged flags older than this are no longer re-alerted (they stay at the top of the roster). */
export const REALERT_MAX_AGE_MS = 72 * 60 * 60 * 1000;
const BATCH = 100;

/**
 * Re-sends risk alerts nobody acknowledged within `realertMinutes` (RISK_REALERT_MINUTES), on the
 * urgent lane (never a severity that does not alert). A flag is claimed by moving its `lastAlertedAt` in the same transaction that
 * enqueues the reminders, so several instances never re-alert the same flag twice.
 */
export class RiskRealertJob implements SchedulerJob {
  readonly name = 'risk-realerts';

  constructor(private readonly options: { store: Store; logger: Logger; realertMinutes: number }) {}

  async run(now: Date): Promise<number> {
    if (this.options.realertMinutes <= 0) return 0;
    const alertedBefore = new Date(now.getTime() - this.options.realertMinutes * 60_000);
    const raisedAfter = new Date(now.getTime() - REALERT_MAX_AGE_MS);
    const enqueued = await this.options.store.transaction(async (repos) => {
      let count = 0;
      for (const flag of await repos.careTeam.claimForRealert(now, alertedBefore, raisedAfter, BATCH, NON_ALERTING_SEVERITIES)) {
        for (const link of await repos.care.activeLinksOfClient(flag.personId)) {
          const address = await alertAddressOf(repos, link.therapistId);
          if (!address) continue;
          const added = await repos.outbox.enqueue({
            idempotencyKey: RISK_MESSAGE_KEYS.reminder(flag.id, link.therapistId, flag.previousAlertAt),
            address,
            message: riskAlertMessage({ alias: link.alias, flagId: flag.id, linkId: link.id, source: flag.source, matched: flag.matched, severity: flag.severity, raisedAt: flag.createdAt, reminder: true }),
            dueAt: now,
          });
          if (added) count++;
        }
        await repos.audit.record({ actor: 'system', action: 'risk.realerted', subjectPersonId: flag.personId, detail: { flagId: flag.id } }, now);
      }
      return count;
    });
    if (enqueued) this.options.logger.info({ enqueued }, 'risk alerts re-sent');
    return enqueued;
  }
}
