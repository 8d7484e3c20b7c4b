import { findInstrument } from '../assessments/instruments.js';
import { notesByKeys } from '../assessments/scoring.js';
import { buttonId } from '../buttons.js';
import { bold, esc, italic, type OutboundMessage } from '../messages.js';
import { formatDuration, formatInstant, shortDayLabel } from '../time.js';
import { riskSeverityLabel, riskSourceLabel, severityAlerts } from './risk-sources.js';
import { ratio } from './adherence.js';
import type { ClientSummary, FlagInPeriod } from './client-summary.js';
import { chartRenderer } from './chart-renderer.js';
import type { RenderedChart } from './mood-chart.js';
import { changeCriteriaFor, type ChangeOutcome } from '../assessments/change.js';

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));
/** −2.4 / +1.1 with a real minus sign. */
const signed1 = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)}`;

/** The summary's sentences about change and "not on track" flags, in one place. */
const COPY = {
  notOnTrack: (reason: string) => `${bold('⚑ Not on track:')} ${reason}`,
  changeTitle: 'Change since the first score',
  firstScore: (name: string, total: number, date: string) => `${name} ${total} (${date}): the first score — change is classified from the second`,
  reliable: { improvement: 'reliable improvement', deterioration: 'reliable deterioration', none: 'no reliable change' } as const,
  methodRci: (name: string, rci: number) => `${name}, RCI ${signed1(rci)}`,
  methodPoints: (name: string, points: number) => `${name}, ≥ ${points} points`,
  recovered: 'clinically significant: out of the clinical range',
  stillCase: (cutoff: string) => `not yet out of the clinical range (${cutoff})`,
  response: 'response (≥ 50% lower)',
  remission: (below: number) => `remission (below ${below})`,
  apart: (months: number) => `${months} months apart`,
  versionChanged: (from: string, to: string) => `questionnaire version changed (${from} → ${to}): compare with care`,
} as const;

/** "PHQ-9 18 (6 Jan) → 11 (3 Feb): reliable improvement (Jacobson–Truax, RCI −2.0); not yet out of the clinical range (≥ 10)". */
export function changeLine(instrumentId: string, outcome: ChangeOutcome): string | undefined {
  if (!outcome.ok) return undefined;
  const c = outcome.classification;
  const criteria = changeCriteriaFor(c.instrument);
  const name = instrumentName(instrumentId);
  const method = c.rule.kind === 'rci' ? COPY.methodRci(c.methodName, c.rci!) : COPY.methodPoints(c.methodName, c.rule.points);
  const parts = [`${COPY.reliable[c.reliable]} (${method})`];
  const cutoff = criteria?.caseness.atLeast !== undefined ? `≥ ${criteria.caseness.atLeast}` : `≤ ${criteria?.caseness.atMost}`;
  if (c.clinicallySignificant) parts.push(COPY.recovered);
  else if (c.reliable === 'improvement' && c.caseAfter) parts.push(COPY.stillCase(cutoff));
  if (c.response) parts.push(COPY.response);
  if (c.remission) parts.push(COPY.remission(criteria!.remission!.below));
  if (c.gapDays >= 60) parts.push(COPY.apart(Math.round(c.gapDays / 30.4)));
  if (c.versionChanged) parts.push(COPY.versionChanged(c.from.version, c.to.version));
  return `${esc(name)} ${c.from.total} (${shortDayLabel(c.from.localDate)}) → ${c.to.total} (${shortDayLabel(c.to.localDate)}): ${parts.map(esc).join('; ')}`;
}

/** Flags listed one per line; more are counted. */
const MAX_FLAG_LINES = 10;

/** One risk flag of the period: when, how severe, where, and how long until someone acknowledged it. */
export function flagLine(flag: FlagInPeriod): string {
  const escalated = flag.escalatedAt ? ', escalated' : '';
  const handled = !severityAlerts(flag.severity)
    ? 'no alert (listed here only)'
    : flag.acknowledgedAt
      ? `acknowledged after ${formatDuration(flag.acknowledgedAt.getTime() - flag.createdAt.getTime())}${escalated}`
      : `not acknowledged yet${escalated}`;
  return `• ${esc(formatInstant(flag.createdAt))} · ${esc(riskSeverityLabel(flag.severity))} · ${esc(riskSourceLabel(flag.source, flag.matched))} · ${handled}`;
}

export function instrumentName(id: string): string {
  return findInstrument(id)?.name ?? id.toUpperCase();
}

export function bandLabel(instrument: string, band: string): string {
  return findInstrument(instrument)?.bands.find((b) => b.key === band)?.label ?? band.replace(/_/g, ' ');
}

/** The summary as text in the core markup; aliases and any client text are escaped. */
export function summaryText(summary: ClientSummary): string {
  const { adherence } = summary;
  const lines = [
    bold(`${esc(summary.alias)} — last ${summary.window.days} days`) + ` (${shortDayLabel(summary.window.from)} – ${shortDayLabel(summary.window.to)})`,
    `Prompts answered: ${ratio(adherence.promptsAnswered, adherence.promptsSent)} · Homework done: ${ratio(adherence.homeworkDone, adherence.homeworkAssigned)}`,
  ];
  if (adherence.homeworkByKind.length) lines.push(`Homework by kind: ${adherence.homeworkByKind.map((k) => `${esc(k.label)} ${ratio(k.done, k.due)}`).join(' · ')}`);
  for (const flag of summary.notOnTrack) lines.push(COPY.notOnTrack(esc(flag.reason)));
  if (summary.openFlags.length) {
    lines.push(`${bold(`⚠ ${summary.openFlags.length} unacknowledged risk alert${summary.openFlags.length === 1 ? '' : 's'}`)} (newest ${esc(formatInstant(summary.openFlags[0]!.createdAt))})`);
  }
  const flagCount = summary.flags.length;
  lines.push(`Risk flags in this period: ${flagCount || 'none'}${flagCount > MAX_FLAG_LINES ? `, the ${MAX_FLAG_LINES} most recent:` : ''}`);
  for (const flag of summary.flags.slice(-MAX_FLAG_LINES)) lines.push(flagLine(flag));
  if (summary.mood) {
    const { mood } = summary;
    lines.push(
      mood.checkIns
        ? `Mood: mean ${mood.mean}/10 over ${mood.checkIns} check-in${mood.checkIns === 1 ? '' : 's'}${mood.change === null ? '' : ` · first to last day ${signed(mood.change)}`}`
        : 'Mood: no check-ins in this period',
    );
  }
  if (summary.emotions?.length) {
    lines.push(`Emotions (mean intensity): ${summary.emotions.slice(0, 5).map((e) => `${e.emotion} ${e.meanIntensity} (×${e.count})`).join(', ')}`);
  }
  if (summary.thoughtRecords) {
    const t = summary.thoughtRecords;
    lines.push(
      t.count
        ? `Thought records: ${t.count}` +
            (t.meanBefore !== null && t.meanAfter !== null ? ` · mood intensity ${t.meanBefore} → ${t.meanAfter} (${signed(t.meanChange ?? 0)})` : '') +
            (t.topDistortions.length ? ` · top distortions: ${t.topDistortions.map((d) => `${d.label} ×${d.count}`).join(', ')}` : '')
        : 'Thought records: none in this period',
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
        `${instrumentName(score.instrument)} ${shortDayLabel(score.localDate)}: ${score.total} (${bandLabel(score.instrument, score.band)})` +
          (score.change === null ? '' : ` · ${signed(score.change)} since previous`) +
          [...unscored, ...notes].map((part) => ` · ${esc(part)}`).join(''),
      );
    }
  }
  if (summary.changes?.length) {
    lines.push(`${COPY.changeTitle}:`);
    for (const { instrument, outcome } of summary.changes) {
      const line = changeLine(instrument, outcome);
      if (line) lines.push(`• ${line}`);
      else if (!outcome.ok && outcome.reason === 'one-score') {
        const only = summary.assessments?.find((score) => score.instrument === instrument);
        if (only) lines.push(`• ${esc(COPY.firstScore(instrumentName(instrument), only.total, shortDayLabel(only.localDate)))}`);
      }
    }
  }
  if (summary.thoughtTexts?.length) {
    lines.push('', bold('Thought records (client’s words)'));
    for (const text of summary.thoughtTexts) {
      lines.push(`${shortDayLabel(text.localDate)} — ${italic('Situation:')} ${esc(text.situation)}`);
      lines.push(`   ${italic('Hot thought:')} ${esc(text.hotThought)} · ${italic('Balanced:')} ${esc(text.balancedThought)}`);
    }
  }
  lines.push(italic(`Detail level: ${summary.level}`));
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
  if (summary.window.days < 30) message.choices = [{ id: buttonId('openSummary', summary.linkId), label: '30-day summary' }];
  return { message, chartMs };
}
