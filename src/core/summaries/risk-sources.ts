import { findInstrument } from '../assessments/instruments.js';
import { EXERCISES } from '../exercises/catalog.js';
import { exerciseFlowName, followUpFlowName } from '../exercises/flows.js';

/**
 * What a therapist reads for a risk flag's `source` (where the words or the answer were seen) and
 * `severity`. The one table of source labels: alerts, reminders, escalations, updated alerts and
 * summaries all take their wording from here, and never show the raw id.
 *
 * A source is the flow the client was in when they typed (`SafetyService.screen` gets the flow's
 * name, `free_text` outside any flow), `partner` (a message or cheer to an accountability partner),
 * or `assessment` (a questionnaire: typed text, or a risk item's answer — then `matched` names the
 * item, `phq9:q9`).
 */
const SOURCE_LABELS: Readonly<Record<string, string>> = {
  free_text: 'a free-text message',
  checkin: 'a check-in',
  thought: 'a thought record',
  assessment: 'a questionnaire',
  onboarding: 'a message during set-up',
  settings: 'a message in the settings',
  delete: 'a message while deleting their data',
  partner: 'a message to their accountability partner',
  partner_invite: 'a message while inviting an accountability partner',
  partner_join: 'a message while joining an accountability partner',
  cheer: 'a cheer for their accountability partner',
  // Exercises: one label per homework kind, from the library (below).
  ...Object.fromEntries(
    EXERCISES.flatMap((exercise) => {
      const label = exercise.kind === 'safety_plan' ? 'the safety plan' : `the ${exercise.label.toLowerCase()} exercise`;
      return [
        [exerciseFlowName(exercise.kind), label],
        [followUpFlowName(exercise.kind), `the follow-up of ${label}`],
      ];
    }),
  ),
};

/** Shown for a source this table does not know (a flow added without a label): never the raw id. */
const UNKNOWN_SOURCE = 'another part of the chat';

/** Whether `source` has its own label (tests check every flow and caller has one). */
export function hasRiskSourceLabel(source: string): boolean {
  return Object.hasOwn(SOURCE_LABELS, source);
}

/**
 * The source as a therapist reads it: "a free-text message", "a thought record", "the safety
 * plan", or the questionnaire item for a risk answer ("PHQ-9 item 9"). Plain text, no markup.
 */
export function riskSourceLabel(source: string, matched: readonly string[] = []): string {
  if (source === 'assessment') {
    for (const id of matched) {
      const [instrumentId = '', itemId = ''] = id.split(':');
      const instrument = findInstrument(instrumentId);
      const index = instrument?.items.findIndex((item) => item.id === itemId) ?? -1;
      if (instrument && index >= 0) return `${instrument.name} item ${index + 1}`;
    }
  }
  return SOURCE_LABELS[source] ?? UNKNOWN_SOURCE;
}

/** Every severity the detector and the questionnaires produce, and what each one sets off. */
export const RISK_SEVERITIES = {
  /** Alerts the linked therapists at once, re-alerts, and escalates when nobody acknowledges it. */
  high: { label: 'high', alerts: true, escalates: true },
  /** Alerts the linked therapists at once and re-alerts; never escalated. */
  medium: { label: 'medium', alerts: true, escalates: false },
  /** Resolved or historical, about someone else, or a denial: no alert, only listed in summaries. */
  low: { label: 'low', alerts: false, escalates: false },
} as const;

export type RiskSeverityName = keyof typeof RISK_SEVERITIES;

/**
 * Severities that never alert: only listed in summaries, never re-alerted, escalated or counted as
 * open alerts. Any other severity (an unknown one too, to be safe) counts as an alert.
 */
export const NON_ALERTING_SEVERITIES: readonly string[] = Object.entries(RISK_SEVERITIES).flatMap(([name, severity]) => (severity.alerts ? [] : [name]));

/** Severities escalated to the practice when nobody acknowledges the alert (RISK_ESCALATE_MINUTES). */
export const ESCALATING_SEVERITIES: readonly string[] = Object.entries(RISK_SEVERITIES).flatMap(([name, severity]) => (severity.escalates ? [name] : []));

/** Whether a flag of this severity alerts therapists (an unknown severity does, to be safe). */
export function severityAlerts(severity: string): boolean {
  return !NON_ALERTING_SEVERITIES.includes(severity);
}

/** The severity as a therapist reads it (plain text). */
export function riskSeverityLabel(severity: string): string {
  return severity in RISK_SEVERITIES ? RISK_SEVERITIES[severity as RiskSeverityName].label : 'unrated';
}
