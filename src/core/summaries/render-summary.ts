import { findInstrument } from '../assessments/instruments.js';
import { notesByKeys } from '../assessments/scoring.js';
import { buttonId } from '../buttons.js';
import { bold, esc, italic, type OutboundMessage } from '../messages.js';
import {formatInstant } from '../time.js';
import { languageForTherapist, tt } from '../i18n/index.js';
import { durationForTherapist, homeworkLabelForTherapist, dayForTherapist } from './therapist-labels.js';
import { riskSeverityLabel, riskSourceLabel, severityAlerts } from './risk-sources.js';
import { ratio } from './adherence.js';
import type { ClientSummary, FlagInPeriod } from './client-summary.js';
import { chartRenderer } from './chart-renderer.js';
import type { RenderedChart } from './mood-chart.js';
import { changeCriteriaFor, type ChangeOutcome } from '../assessments/change.js';

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));
/** −2.4 / +1.1 with a real minus sign. */
const signed1 = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)}`;

/** The summary's sentences about change and "not on track" flags, from the therapist catalogs in the practice's language. */
const COPY = {
  notOnTrack: (reason: string) => `${bold(tt('therapist-summary-not-on-track'))} ${reason}`,
  changeTitle: () => tt('therapist-summary-change-title'),
  firstScore: (name: string, total: number, date: string) => tt('therapist-summary-first-score', { name, total, date }),
  reliable: (kind: 'improvement' | 'deterioration' | 'none') => tt(`therapist-change-${kind}`),
  methodRci: (name: string, rci: number) => tt('therapist-change-rci', { method: name, rci: signed1(rci) }),
  methodPoints: (name: string, points: number) => tt('therapist-change-points', { method: name, points }),
  recovered: () => tt('therapist-change-recovered'),
  stillCase: (cutoff: string) => tt('therapist-change-still-case', { cutoff }),
  response: () => tt('therapist-change-response'),
  remission: (below: number) => tt('therapist-change-remission', { below }),
  apart: (months: number) => tt('therapist-change-apart', { months }),
  versionChanged: (from: string, to: string) => tt('therapist-change-version', { from, to }),
};

/** "PHQ-9 18 (6 Jan) → 11 (3 Feb): reliable improvement (Jacobson–Truax, RCI −2.0); not yet out of the clinical range (≥ 10)". */
export function changeLine(instrumentId: string, outcome: ChangeOutcome): string | undefined {
  if (!outcome.ok) return undefined;
  const c = outcome.classification;
  const criteria = changeCriteriaFor(c.instrument);
  const name = instrumentName(instrumentId);
  const method = c.rule.kind === 'rci' ? COPY.methodRci(c.methodName, c.rci!) : COPY.methodPoints(c.methodName, c.rule.points);
  const parts = [`${COPY.reliable(c.reliable)} (${method})`];
  const cutoff = criteria?.caseness.atLeast !== undefined ? `≥ ${criteria.caseness.atLeast}` : `≤ ${criteria?.caseness.atMost}`;
  if (c.clinicallySignificant) parts.push(COPY.recovered());
  else if (c.reliable === 'improvement' && c.caseAfter) parts.push(COPY.stillCase(cutoff));
  if (c.response) parts.push(COPY.response());
  if (c.remission) parts.push(COPY.remission(criteria!.remission!.below));
  if (c.gapDays >= 60) parts.push(COPY.apart(Math.round(c.gapDays / 30.4)));
  if (c.versionChanged) parts.push(COPY.versionChanged(c.from.version, c.to.version));
  return `${esc(name)} ${c.from.total} (${dayForTherapist(c.from.localDate)}) → ${c.to.total} (${dayForTherapist(c.to.localDate)}): ${parts.map(esc).join('; ')}`;
}

/** Flags listed one per line; more are counted. */
const MAX_FLAG_LINES = 10;

/** One risk flag of the period: when, how severe, where, and how long until someone acknowledged it. */
export function flagLine(flag: FlagInPeriod): string {
  const escalated = flag.escalatedAt ? tt('therapist-flag-escalated') : '';
  const handled = !severityAlerts(flag.severity)
    ? tt('therapist-flag-no-alert')
    : flag.acknowledgedAt
      ? `${tt('therapist-flag-acknowledged', { duration: durationForTherapist(flag.acknowledgedAt.getTime() - flag.createdAt.getTime()) })}${escalated}`
      : `${tt('therapist-flag-not-acknowledged')}${escalated}`;
  return `• ${esc(formatInstant(flag.createdAt))} · ${esc(riskSeverityLabel(flag.severity))} · ${esc(riskSourceLabel(flag.source, flag.matched))} · ${handled}`;
}

export function instrumentName(id: string): string {
  return findInstrument(id)?.name ?? id.toUpperCase();
}

export function bandLabel(instrument: string, band: string): string {
  return findInstrument(instrument)?.bands.find((b) => b.key === band)?.label ?? band.replace(/_/g, ' ');
}

/** "Language: Spanish (es)": the client's language, so the therapist knows what the client reads and writes in. */
export function languageLine(summary: Pick<ClientSummary, 'language'>): string {
  return tt('therapist-summary-language', { language: esc(languageForTherapist(summary.language)) });
}

/** "Mood: mean 6.2/10 over 5 check-ins · first to last day +1", or that there were none. */
export function moodLine(mood: NonNullable<ClientSummary['mood']>, suffix = ''): string {
  if (!mood.checkIns || mood.mean === null) return tt('therapist-summary-no-mood');
  const change = mood.change === null ? '' : ` · ${tt('therapist-summary-mood-change', { change: signed(mood.change) })}`;
  return `${tt('therapist-summary-mood', { mean: mood.mean, checkIns: mood.checkIns })}${change}${suffix}`;
}

/** The summary as text in the core markup; aliases and any client text are escaped. */
export function summaryText(summary: ClientSummary): string {
  const { adherence } = summary;
  const lines = [
    bold(tt('therapist-summary-title', { alias: esc(summary.alias), days: summary.window.days })) + ` (${dayForTherapist(summary.window.from)} – ${dayForTherapist(summary.window.to)})`,
    languageLine(summary),
    tt('therapist-summary-adherence', { prompts: ratio(adherence.promptsAnswered, adherence.promptsSent), homework: ratio(adherence.homeworkDone, adherence.homeworkAssigned) }),
  ];
  if (adherence.homeworkByKind.length) {
    lines.push(tt('therapist-summary-by-kind', { kinds: adherence.homeworkByKind.map((k) => `${esc(homeworkLabelForTherapist(k.kind))} ${ratio(k.done, k.due)}`).join(' · ') }));
  }
  for (const flag of summary.notOnTrack) lines.push(COPY.notOnTrack(esc(flag.reason)));
  if (summary.openFlags.length) {
    lines.push(`${bold(tt('therapist-summary-open-alerts', { count: summary.openFlags.length }))} ${tt('therapist-summary-newest', { when: esc(formatInstant(summary.openFlags[0]!.createdAt)) })}`);
  }
  const flagCount = summary.flags.length;
  lines.push(tt('therapist-summary-flags', { count: flagCount }) + (flagCount > MAX_FLAG_LINES ? tt('therapist-summary-flags-recent', { shown: MAX_FLAG_LINES }) : ''));
  for (const flag of summary.flags.slice(-MAX_FLAG_LINES)) lines.push(flagLine(flag));
  if (summary.mood) lines.push(moodLine(summary.mood));
  if (summary.emotions?.length) {
    lines.push(tt('therapist-summary-emotions', { emotions: summary.emotions.slice(0, 5).map((e) => `${e.emotion} ${e.meanIntensity} (×${e.count})`).join(', ') }));
  }
  if (summary.thoughtRecords) {
    const t = summary.thoughtRecords;
    lines.push(
      t.count
        ? [
            tt('therapist-summary-thoughts', { count: t.count }),
            ...(t.meanBefore !== null && t.meanAfter !== null ? [`${tt('therapist-summary-thoughts-intensity', { before: t.meanBefore, after: t.meanAfter })} (${signed(t.meanChange ?? 0)})`] : []),
            ...(t.topDistortions.length ? [tt('therapist-summary-thoughts-distortions', { distortions: t.topDistortions.map((d) => `${d.label} ×${d.count}`).join(', ') })] : []),
          ].join(' · ')
        : tt('therapist-summary-no-thoughts'),
    );
  }
  if (summary.assessments?.length) {
    for (const score of summary.assessments) {
      const instrument = findInstrument(score.instrument);
      const unscored = (instrument?.unscored ?? []).flatMap((question) => {
        const answer = question.options.find((option) => option.score === score.unscored[question.id]);
        return answer ? [`${question.label.toLowerCase()}: ${answer.label.toLowerCase()}`] : [];
      });
      const notes = notesByKeys(instrument, score.notes).map((note) => `⚑ ${note.label}`);
      lines.push(
        `${instrumentName(score.instrument)} ${dayForTherapist(score.localDate)}: ${score.total} (${bandLabel(score.instrument, score.band)})` +
          (score.change === null ? '' : ` · ${tt('therapist-summary-since-previous', { change: signed(score.change) })}`) +
          [...unscored, ...notes].map((part) => ` · ${esc(part)}`).join(''),
      );
    }
  }
  if (summary.changes?.length) {
    lines.push(`${COPY.changeTitle()}:`);
    for (const { instrument, outcome } of summary.changes) {
      const line = changeLine(instrument, outcome);
      if (line) lines.push(`• ${line}`);
      else if (!outcome.ok && outcome.reason === 'one-score') {
        const only = summary.assessments?.find((score) => score.instrument === instrument);
        if (only) lines.push(`• ${esc(COPY.firstScore(instrumentName(instrument), only.total, dayForTherapist(only.localDate)))}`);
      }
    }
  }
  if (summary.thoughtTexts?.length) {
    lines.push('', bold(tt('therapist-summary-thought-texts')));
    for (const text of summary.thoughtTexts) {
      lines.push(`${dayForTherapist(text.localDate)} — ${italic(tt('therapist-summary-situation'))} ${esc(text.situation)}`);
      lines.push(`   ${italic(tt('therapist-summary-hot-thought'))} ${esc(text.hotThought)} · ${italic(tt('therapist-summary-balanced'))} ${esc(text.balancedThought)}`);
    }
  }
  lines.push(italic(tt('therapist-summary-level', { level: summary.level })));
  return lines.join('\n');
}

/**
 * The summary as a message: text, the mood chart (clinical and full), and an "open 30-day" button.
 * `started` is the chart already begun from the summary's mood days ({@link startChartEarly}).
 */
export async function summaryMessage(summary: ClientSummary, options: { chart?: boolean; started?: Promise<RenderedChart> | undefined } = {}): Promise<{ message: OutboundMessage; chartMs: number }> {
  const message: OutboundMessage = { text: summaryText(summary) };
  let chartMs = 0;
  if (options.chart !== false && summary.mood) {
    const chart = await (options.started ?? chartRenderer.render(summary.mood.days));
    chartMs = chart.renderMs;
    message.attachment = { kind: 'image', filename: `mood-${summary.window.to}.png`, mimeType: 'image/png', data: chart.png.toString('base64'), alt: chart.alt };
  }
  if (summary.window.days < 30) message.choices = [{ id: buttonId('openSummary', summary.linkId), label: tt('therapist-summary-open-30') }];
  return { message, chartMs };
}
