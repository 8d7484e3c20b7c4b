import type { Logger } from '../../logger.js';
import type { Store } from '../../db/store.js';
import type { RiskFlagRecord } from '../../db/repositories/care-team.js';
import type { SchedulerJob } from '../../scheduling/scheduler.js';
import type { WorkspaceDirectory } from '../adapter.js';
import { platformOf } from '../events.js';
import { replaceAcknowledgedAlerts, RISK_MESSAGE_KEYS, riskEscalationMessage } from './risk-alert.js';
import { REALERT_MAX_AGE_MS } from './risk-realert-job.js';
import { ESCALATING_SEVERITIES } from '../summaries/risk-sources.js';

const BATCH = 100;
/** Acknowledged this recently, a flag's alerts are looked at again each tick (see {@link AcknowledgedAlertsJob}). */
export const ACKNOWLEDGED_RECHECK_MS = 10 * 60_000;

export interface RiskEscalationOptions {
  store: Store;
  logger: Logger;
  /** RISK_ESCALATE_MINUTES: how long a `high` alert may go unacknowledged; 0 turns escalation off. */
  escalateMinutes: number;
  /** SLACK_ESCALATION_CHANNEL: the practice's escalation channel (a channel id of the therapists' workspace). */
  channelId: string | undefined;
  /** SLACK_ADMIN_USER_IDS: told by direct message when no escalation channel is set. */
  adminUserIds: readonly string[];
  /** How this instance reaches a platform's workspace; undefined when it runs no adapter for it. */
  directoryFor(platform: string): WorkspaceDirectory | undefined;
}

interface EscalationTarget {
  key: string;
  address: string;
}

/**
 * Escalates `high` risk alerts nobody acknowledged within RISK_ESCALATE_MINUTES (re-alerts go on
 * meanwhile, RiskRealertJob) to the practice: its escalation channel, or else each admin by direct
 * message. Exactly once per flag: the transaction that enqueues the escalation first claims the flag
 * by setting its `escalatedAt` only if still unset and unacknowledged, so several instances never
 * escalate one flag twice. Addresses are looked up before that (an admin's DM may need the
 * platform); an instance without the platform's adapter leaves the flag to one that has it.
 */
export class RiskEscalationJob implements SchedulerJob {
  readonly name = 'risk-escalations';

  constructor(private readonly options: RiskEscalationOptions) {}

  async run(now: Date): Promise<number> {
    const { store, logger, escalateMinutes } = this.options;
    if (escalateMinutes <= 0) return 0;
    const raisedBefore = new Date(now.getTime() - escalateMinutes * 60_000);
    const raisedAfter = new Date(now.getTime() - REALERT_MAX_AGE_MS);
    let enqueued = 0;
    for (const flag of await store.repos.careTeam.dueForEscalation(ESCALATING_SEVERITIES, raisedBefore, raisedAfter, BATCH)) {
      try {
        enqueued += await this.escalate(flag, now);
      } catch (err) {
        logger.error({ err, flagId: flag.id }, 'escalating a risk alert failed; trying again next minute');
      }
    }
    if (enqueued) logger.info({ enqueued }, 'unacknowledged risk alerts escalated');
    return enqueued;
  }

  private async escalate(flag: RiskFlagRecord, now: Date): Promise<number> {
    const { store, logger, channelId, adminUserIds } = this.options;
    const repos = store.repos;
    const alerted: { name: string; alias: string | null }[] = [];
    const workspaces = new Map<string, { platform: string; workspaceId: string }>();
    for (const link of await repos.care.activeLinksOfClient(flag.personId)) {
      const therapist = await repos.therapists.findById(link.therapistId);
      if (!therapist) continue;
      const person = await repos.people.findById(therapist.personId);
      alerted.push({ name: person?.displayName ?? therapist.userId, alias: link.alias });
      const platform = platformOf(therapist.summaryAddress);
      workspaces.set(`${platform}:${therapist.workspaceId}`, { platform, workspaceId: therapist.workspaceId });
    }

    const targets: EscalationTarget[] = [];
    let elsewhere = false;
    let unreachable = 0;
    for (const { platform, workspaceId } of workspaces.values()) {
      const directory = this.options.directoryFor(platform);
      if (!directory) {
        elsewhere = true;
        continue;
      }
      if (channelId) {
        targets.push({ key: RISK_MESSAGE_KEYS.escalation(flag.id, workspaceId, channelId), address: directory.channelAddress(workspaceId, channelId) });
        continue;
      }
      for (const userId of adminUserIds) {
        try {
          targets.push({ key: RISK_MESSAGE_KEYS.escalation(flag.id, workspaceId, userId), address: await directory.directAddress(workspaceId, userId) });
        } catch (err) {
          unreachable++;
          logger.warn({ err, flagId: flag.id }, 'could not reach an admin about an escalation');
        }
      }
    }
    // Another instance runs that platform's adapter; or every admin failed just now: next minute.
    if (targets.length === 0 && (elsewhere || unreachable > 0)) return 0;

    const message = riskEscalationMessage({ flagId: flag.id, source: flag.source, matched: flag.matched, severity: flag.severity, raisedAt: flag.createdAt, now, alerted });
    const enqueued = await store.transaction(async (tx) => {
      if (!(await tx.careTeam.claimEscalation(flag.id, now))) return undefined;
      let count = 0;
      for (const target of targets) if (await tx.outbox.enqueue({ idempotencyKey: target.key, address: target.address, message, dueAt: now })) count++;
      await tx.audit.record(
        { actor: 'system', action: 'risk.escalated', subjectPersonId: flag.personId, detail: { flagId: flag.id, to: channelId ? 'channel' : 'admins', messages: count } },
        now,
      );
      return count;
    });
    if (enqueued === 0) logger.error({ flagId: flag.id }, 'an unacknowledged risk alert could not be escalated to anyone: set SLACK_ESCALATION_CHANNEL or SLACK_ADMIN_USER_IDS (or no linked therapist is left)');
    return enqueued ?? 0;
  }
}

/**
 * Acknowledging a flag replaces the alerts already sent about it; one being sent at that very
 * moment got its platform id only afterwards. For a while after each acknowledgement this looks
 * again, and replaces (or withdraws) what it finds — at most once per message.
 */
export class AcknowledgedAlertsJob implements SchedulerJob {
  readonly name = 'risk-acknowledged-alerts';

  constructor(private readonly options: { store: Store }) {}

  async run(now: Date): Promise<number> {
    const { store } = this.options;
    const flags = await store.repos.careTeam.acknowledgedSince(new Date(now.getTime() - ACKNOWLEDGED_RECHECK_MS), BATCH);
    if (flags.length === 0) return 0;
    return store.transaction(async (repos) => {
      let enqueued = 0;
      for (const flag of flags) enqueued += await replaceAcknowledgedAlerts(repos, flag, now);
      return enqueued;
    });
  }
}
