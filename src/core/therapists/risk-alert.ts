import type { Repositories } from '../../db/store.js';
import { bold, esc, type OutboundMessage } from '../messages.js';
import { SUMMARY_CHOICE_PREFIX } from '../summaries/render-summary.js';
import type { NewRiskFlag } from '../safety/safety-service.js';

/** Button on a risk alert: acknowledge this flag (`ack.<flagId>`). */
export const ACK_CHOICE_PREFIX = 'ack.';

/**
 * The urgent alert a therapist receives for a risk flag, with "Acknowledge" and "Open summary"
 * buttons. Holds the alias, source and severity — never what the client wrote.
 */
export function riskAlertMessage(alert: { alias: string | null; flagId: string; linkId: string; source: string; severity: string; raisedAt: Date; reminder?: boolean }): OutboundMessage {
  const when = alert.raisedAt.toISOString().replace('T', ' ').slice(0, 16);
  return {
    urgent: true,
    text: [
      bold(`${alert.reminder ? 'Reminder — not yet acknowledged: ' : 'Urgent: '}possible risk — ${esc(alert.alias ?? 'a client')}`),
      `Source: ${alert.source} · severity: ${alert.severity} · ${when} UTC`,
      'The client was shown crisis resources. Please follow your practice’s risk protocol, then press Acknowledge.',
    ].join('\n'),
    choices: [
      { id: `${ACK_CHOICE_PREFIX}${alert.flagId}`, label: 'Acknowledge' },
      { id: `${SUMMARY_CHOICE_PREFIX}${alert.linkId}`, label: 'Open summary' },
    ],
  };
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
export async function enqueueRiskAlerts(repos: Repositories, flag: NewRiskFlag): Promise<number> {
  let alerted = 0;
  for (const link of await repos.care.activeLinksOfClient(flag.personId)) {
    const address = await alertAddressOf(repos, link.therapistId);
    if (!address) continue;
    await repos.outbox.enqueue({
      idempotencyKey: `risk-alert:${flag.id}:${link.therapistId}`,
      address,
      message: riskAlertMessage({ alias: link.alias, flagId: flag.id, linkId: link.id, source: flag.source, severity: flag.severity, raisedAt: flag.at }),
      dueAt: flag.at,
    });
    alerted++;
  }
  if (alerted > 0) await repos.careTeam.markAlerted(flag.id, flag.at);
  return alerted;
}
