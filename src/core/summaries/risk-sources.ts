import { findInstrument } from '../assessments/instruments.js';
import { EXERCISES } from '../exercises/catalog.js';
import { exerciseFlowName, followUpFlowName } from '../exercises/flows.js';
import { therapistLocale, tt } from '../i18n/index.js';
import { homeworkLabelForTherapist, inSentence } from './therapist-labels.js';

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
/** Sources with a message of their own (`therapist-risk-source-<source, _ as ->`). */
const OWN_SOURCES = ['free_text', 'checkin', 'thought', 'assessment', 'onboarding', 'settings', 'delete', 'partner', 'partner_invite', 'partner_join', 'cheer'] as const;

/**
 * Source → label, in the therapist side's language: the sources above, and one label per homework
 * kind of the library (its flow and its follow-up). Built per language when first asked.
 */
const labelsByLocale = new Map<string, ReadonlyMap<string, string>>();
function sourceLabels(): ReadonlyMap<string, string> {
  const locale = therapistLocale();
  let labels = labelsByLocale.get(locale);
  if (!labels) {
    const map = new Map<string, string>(OWN_SOURCES.map((source) => [source, tt(`therapist-risk-source-${source.replace(/_/g, '-')}`)]));
    for (const exercise of EXERCISES) {
      const label =
        exercise.kind === 'safety_plan'
          ? tt('therapist-risk-source-safety-plan')
          : tt('therapist-risk-source-exercise', { exercise: inSentence(homeworkLabelForTherapist(exercise.kind)) });
      map.set(exerciseFlowName(exercise.kind), label);
      map.set(followUpFlowName(exercise.kind), tt('therapist-risk-source-follow-up', { source: label }));
    }
    labelsByLocale.set(locale, (labels = map));
  }
  return labels;
}

/** Whether `source` has its own label (tests check every flow and caller has one). */
export function hasRiskSourceLabel(source: string): boolean {
  return sourceLabels().has(source);
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
      if (instrument && index >= 0) return tt('therapist-risk-source-item', { instrument: instrument.name, item: index + 1 });
    }
  }
  // A source this table does not know (a flow added without a label): never the raw id.
  return sourceLabels().get(source) ?? tt('therapist-risk-source-unknown');
}

/** Every severity the detector and the questionnaires produce, and what each one sets off. */
export const RISK_SEVERITIES = {
  /** Alerts the linked therapists at once, re-alerts, and escalates when nobody acknowledges it. */
  high: { alerts: true, escalates: true },
  /** Alerts the linked therapists at once and re-alerts; never escalated. */
  medium: { alerts: true, escalates: false },
  /** Resolved or historical, about someone else, or a denial: no alert, only listed in summaries. */
  low: { alerts: false, escalates: false },
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
  return tt(`therapist-severity-${severity in RISK_SEVERITIES ? severity : 'unrated'}`);
}
