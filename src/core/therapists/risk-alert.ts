import type { Repositories, TxRepositories } from '../../db/store.js';
import type { RiskFlagRecord } from '../../db/repositories/care-team.js';
import { OUTBOX_PRIORITY } from '../../db/repositories/outbox.js';
import { bold, esc, type OutboundMessage } from '../messages.js';
import { buttonId } from '../buttons.js';
import { formatInstant } from '../time.js';
import { durationForTherapist } from '../summaries/therapist-labels.js';
import type { NewRiskFlag } from '../safety/safety-service.js';
import { tt } from '../i18n/index.js';
import { riskSeverityLabel, riskSourceLabel, severityAlerts } from '../summaries/risk-sources.js';

/**
 * Everything a therapist or admin reads about a risk flag, from the therapist catalogs
 * (therapist-alerts.ftl) in the practice's language. Arguments are already escaped for the core
 * markup; nothing here ever holds what the client wrote.
 */
const COPY = {
  urgent: (alias: string) => tt('therapist-alert-urgent', { alias }),
  reminder: (alias: string) => tt('therapist-alert-reminder', { alias }),
  noted: (alias: string) => tt('therapist-alert-noted', { alias }),
  escalation: (alias: string) => tt('therapist-alert-escalation', { alias }),
  acknowledged: (alias: string) => tt('therapist-alert-acknowledged-title', { alias }),
  details: (source: string, severity: string, raised: string) => tt('therapist-alert-details', { source, severity, raised }),
  alertAction: () => tt('therapist-alert-action'),
  lowAction: () => tt('therapist-alert-low-action'),
  unacknowledgedFor: (duration: string) => tt('therapist-alert-unacknowledged-for', { duration }),
  alerted: (therapists: string) => tt('therapist-alert-alerted', { therapists }),
  alertedTherapist: (name: string, alias: string) => tt('therapist-alert-alerted-therapist', { name, alias }),
  nobodyLinked: () => tt('therapist-alert-nobody-linked'),
  escalationAction: () => tt('therapist-alert-escalation-action'),
  acknowledgedBy: (name: string, when: string, after: string) => tt('therapist-alert-acknowledged-by', { name, when, after }),
  acknowledge: () => tt('therapist-alert-acknowledge'),
  openSummary: () => tt('therapist-alert-open-summary'),
  someClient: () => tt('therapist-alert-some-client'),
  someone: () => tt('therapist-alert-someone'),
};

/** What an alert says about a flag: never the words, only where, how severe and when. */
export interface RiskFlagFacts {
  source: string;
  /** The flag's matched ids: they name a questionnaire item for a risk answer. */
  matched?: readonly string[];
  severity: string;
  raisedAt: Date;
}

const details = (flag: RiskFlagFacts) => COPY.details(esc(riskSourceLabel(flag.source, flag.matched)), esc(riskSeverityLabel(flag.severity)), esc(formatInstant(flag.raisedAt)));

/**
 * The urgent alert a therapist receives for a risk flag (or, with `reminder`, the re-alert), with
 * "Acknowledge" and "Open summary" buttons. Holds the alias, source and severity — never what the
 * client wrote. A `low` flag never alerts; rendered anyway, it says so and has no buttons.
 */
export function riskAlertMessage(alert: RiskFlagFacts & { alias: string | null; flagId: string; linkId: string; reminder?: boolean }): OutboundMessage {
  const alias = esc(alert.alias ?? COPY.someClient());
  if (!severityAlerts(alert.severity)) return { text: [bold(COPY.noted(alias)), details(alert), COPY.lowAction()].join('\n') };
  return {
    urgent: true,
    text: [bold(alert.reminder ? COPY.reminder(alias) : COPY.urgent(alias)), details(alert), COPY.alertAction()].join('\n'),
    choices: [
      { id: buttonId('acknowledgeRisk', alert.flagId), label: COPY.acknowledge() },
      { id: buttonId('openSummary', alert.linkId), label: COPY.openSummary() },
    ],
  };
}

/**
 * The escalation to the practice (its escalation channel, or each admin): the alias(es), severity,
 * source, when it was raised, how long it has gone unacknowledged and which therapists were
 * alerted, with an Acknowledge button (no summary: the reader may not be the client's therapist).
 */
export function riskEscalationMessage(facts: RiskFlagFacts & { flagId: string; now: Date; alerted: readonly { name: string; alias: string | null }[] }): OutboundMessage {
  const alerted = facts.alerted.map((therapist) => COPY.alertedTherapist(esc(therapist.name), esc(therapist.alias ?? COPY.someClient())));
  return {
    urgent: true,
    text: [
      bold(COPY.escalation(esc(aliasList(facts.alerted)))),
      details(facts),
      COPY.unacknowledgedFor(durationForTherapist(facts.now.getTime() - facts.raisedAt.getTime())),
      alerted.length ? COPY.alerted(alerted.join(', ')) : COPY.nobodyLinked(),
      COPY.escalationAction(),
    ].join('\n'),
    choices: [{ id: buttonId('acknowledgeRisk', facts.flagId), label: COPY.acknowledge() }],
  };
}

/**
 * What an alert, reminder or escalation becomes once acknowledged: the same facts, who
 * acknowledged and when (in the reader's `timezone`, saying which), and no buttons. It replaces the
 * message whose platform id is `messageId` (an edit; a new message where the platform cannot edit).
 */
export function acknowledgedAlertMessage(
  facts: RiskFlagFacts & { alias: string; acknowledgedAt: Date; acknowledgedBy: string; timezone: string; messageId: string },
): OutboundMessage {
  const after = durationForTherapist(facts.acknowledgedAt.getTime() - facts.raisedAt.getTime());
  return {
    text: [bold(COPY.acknowledged(esc(facts.alias))), details(facts), COPY.acknowledgedBy(esc(facts.acknowledgedBy), esc(formatInstant(facts.acknowledgedAt, facts.timezone)), after)].join('\n'),
    edit: { messageId: facts.messageId },
  };
}

/**
 * Idempotency keys of every message about one risk flag — the one place they are built, so an
 * acknowledgement finds all of them (and who received each) again.
 */
export const RISK_MESSAGE_KEYS = {
  alert: (flagId: string, therapistId: string) => `risk-alert:${flagId}:${therapistId}`,
  reminder: (flagId: string, therapistId: string, previousAlertAt: Date) => `risk-realert:${flagId}:${therapistId}:${previousAlertAt.getTime()}`,
  /** `target`: the channel id, or the admin's user id. */
  escalation: (flagId: string, workspaceId: string, target: string) => `risk-escalation:${flagId}:${workspaceId}:${target}`,
  /** The edit that marks the message sent as outbox row `outboxId` acknowledged. */
  acknowledged: (outboxId: string) => `risk-acknowledged:${outboxId}`,
  /** Key prefixes of everything an acknowledgement replaces: alerts, reminders, escalations. */
  replacedOnAcknowledgement: (flagId: string) => [`risk-alert:${flagId}:`, `risk-realert:${flagId}:`, `risk-escalation:${flagId}:`],
} as const;

/** Who received a message about a flag, from its key: a therapist, or an escalation target. */
function recipientOf(key: string): { therapistId: string } | { workspaceId: string; target: string } | undefined {
  const [kind, , first, second] = key.split(':');
  if ((kind === 'risk-alert' || kind === 'risk-realert') && first) return { therapistId: first };
  if (kind === 'risk-escalation' && first && second) return { workspaceId: first, target: second };
  return undefined;
}

/**
 * After a flag was acknowledged: every alert, reminder and escalation about it that was sent is
 * replaced by its acknowledged form (buttons gone), and those not sent yet are withdrawn. Safe to
 * run again (each replacement has its own idempotency key): AcknowledgedAlertsJob
 * (risk-escalation-job.ts) runs it once more for messages that were being sent meanwhile.
 * Returns how many replacements it enqueued.
 */
export async function replaceAcknowledgedAlerts(repos: TxRepositories, flag: RiskFlagRecord, now: Date): Promise<number> {
  if (!flag.acknowledgedAt) return 0;
  const rows = [];
  for (const prefix of RISK_MESSAGE_KEYS.replacedOnAcknowledgement(flag.id)) rows.push(...(await repos.outbox.findByKeyPrefix(prefix)));
  await repos.outbox.withdrawPending(rows.filter((row) => row.status === 'pending').map((row) => row.id));
  const sent = rows.filter((row) => row.status === 'sent' && row.platformMessageId);
  if (sent.length === 0) return 0;
  const links = await repos.care.activeLinksOfClient(flag.personId);
  let enqueued = 0;
  for (const row of sent) {
    const recipient = recipientOf(row.idempotencyKey);
    if (!recipient) continue;
    const reader = 'therapistId' in recipient ? await repos.therapists.findById(recipient.therapistId) : await repos.therapists.findByWorkspaceUser(recipient.workspaceId, recipient.target);
    const alias = 'therapistId' in recipient ? (links.find((link) => link.therapistId === recipient.therapistId)?.alias ?? COPY.someClient()) : aliasList(links);
    const message = acknowledgedAlertMessage({
      source: flag.source,
      matched: flag.matched,
      severity: flag.severity,
      raisedAt: flag.createdAt,
      alias,
      acknowledgedAt: flag.acknowledgedAt,
      acknowledgedBy: flag.acknowledgedByName ?? COPY.someone(),
      timezone: reader?.timezone ?? 'UTC',
      messageId: row.platformMessageId!,
    });
    if (await repos.outbox.enqueue({ idempotencyKey: RISK_MESSAGE_KEYS.acknowledged(row.id), address: row.address, message, dueAt: now, priority: OUTBOX_PRIORITY.reply })) enqueued++;
  }
  return enqueued;
}

/** The aliases the linked therapists gave the client, for a message several of them may read. */
function aliasList(links: readonly { alias: string | null }[]): string {
  const aliases = [...new Set(links.map((link) => link.alias ?? COPY.someClient()))];
  return aliases.length ? aliases.join(' / ') : COPY.someClient();
}

/** Where a therapist's alerts go: their profile's summary address, else their first chat address. */
export async function alertAddressOf(repos: Repositories, therapistId: string): Promise<string | undefined> {
  const profile = await repos.therapists.findById(therapistId);
  if (profile) return profile.summaryAddress;
  const addresses = await repos.people.addressesOf(therapistId);
  return addresses.find((a) => a.startsWith('slack:')) ?? addresses[0];
}

/**
 * Enqueues an urgent alert for a new risk flag to each therapist linked to the client, and marks
 * the flag alerted (unacknowledged alerts are re-sent by RiskRealertJob). Injected into the
 * SafetyService. Resolves to how many therapists were alerted.
 */
export async function enqueueRiskAlerts(repos: TxRepositories, flag: NewRiskFlag): Promise<number> {
  let alerted = 0;
  for (const link of await repos.care.activeLinksOfClient(flag.personId)) {
    const address = await alertAddressOf(repos, link.therapistId);
    if (!address) continue;
    await repos.outbox.enqueue({
      idempotencyKey: RISK_MESSAGE_KEYS.alert(flag.id, link.therapistId),
      address,
      message: riskAlertMessage({ alias: link.alias, flagId: flag.id, linkId: link.id, source: flag.source, matched: flag.matched, severity: flag.severity, raisedAt: flag.at }),
      dueAt: flag.at,
    });
    alerted++;
  }
  if (alerted > 0) await repos.careTeam.markAlerted(flag.id, flag.at);
  return alerted;
}
